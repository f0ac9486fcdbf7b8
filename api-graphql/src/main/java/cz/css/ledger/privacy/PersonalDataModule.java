package cz.css.ledger.privacy;

import cz.css.ledger.api.CitizenContact;
import cz.css.ledger.api.PersonalText;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jackson module for the event serializer: while an event is written to the store, each personal
 * value object becomes {@code {"encrypted":{"subject":…,"data":…}}} under the subject's data key.
 * Reading decrypts it, or yields the value's erased form once the key was destroyed.
 */
final class PersonalDataModule extends SimpleModule {
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    PersonalDataModule(SubjectKeys keys) {
        super("ledger-personal-data");
        register(CitizenContact.class, CitizenContact::erased, keys);
        register(PersonalText.class, PersonalText::erased, keys);
    }

    private <T> void register(Class<T> type, Supplier<T> erased, SubjectKeys keys) {
        addSerializer(type, new Encrypting<>(keys));
        addDeserializer(type, new Decrypting<>(type, erased, keys));
    }

    private static final class Encrypting<T> extends ValueSerializer<T> {
        private final SubjectKeys keys;

        Encrypting(SubjectKeys keys) {
            this.keys = keys;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            JsonNode plain = PLAIN.valueToTree(value);
            String subject = SubjectContext.current();
            if (subject == null) {
                generator.writeTree(plain);
                return;
            }
            byte[] ciphertext = AesGcm.encrypt(keys.keyFor(subject), PLAIN.writeValueAsBytes(plain), subject);
            ObjectNode envelope = JsonNodeFactory.instance.objectNode();
            envelope.putObject("encrypted").put("subject", subject)
                    .put("data", Base64.getEncoder().encodeToString(ciphertext));
            generator.writeTree(envelope);
        }
    }

    private static final class Decrypting<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Supplier<T> erased;
        private final SubjectKeys keys;

        Decrypting(Class<T> type, Supplier<T> erased, SubjectKeys keys) {
            this.type = type;
            this.erased = erased;
            this.keys = keys;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            JsonNode node = context.readTree(parser);
            if (!node.has("encrypted")) {
                return PLAIN.treeToValue(node, type);
            }
            String subject = node.get("encrypted").get("subject").asString();
            byte[] ciphertext = Base64.getDecoder().decode(node.get("encrypted").get("data").asString());
            var key = keys.find(subject);
            if (key.isEmpty()) {
                return erased.get();
            }
            try {
                return PLAIN.readValue(AesGcm.decrypt(key.get(), ciphertext, subject), type);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Personal data of " + subject + " fails its integrity check", e);
            }
        }
    }
}
