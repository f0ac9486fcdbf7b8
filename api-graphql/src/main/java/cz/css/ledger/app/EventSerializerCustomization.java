package cz.css.ledger.app;

import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * One change to the JSON mapper of Axon's serializers. Axon uses only the first
 * {@code Jackson3SerializerCustomizer} bean it finds, so features contribute these instead and
 * {@link AxonConfiguration} applies them all.
 */
public interface EventSerializerCustomization extends Consumer<JsonMapper.Builder> {
}
