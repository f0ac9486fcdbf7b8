package cz.css.ledger.workload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over plain HTTP, with the raw status and body kept: what a client (or an attacker) sees.
 * Thread-safe; connections are kept alive and shared.
 */
public final class RawGraphQl {
    /** Writes every non-ASCII character as an escape, so even a lone surrogate arrives as sent. */
    public static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final HttpClient http;
    private final URI endpoint;
    private final String authorization;

    public RawGraphQl(int port, String authorization) {
        this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build(), port, authorization);
    }

    public RawGraphQl(HttpClient http, int port, String authorization) {
        this.http = http;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
        this.authorization = authorization;
    }

    /** The HTTP answer: status, body as received, and the body parsed (null if it is not JSON). */
    public record Response(int status, String body, JsonNode json) {

        /** Answered with data and no errors. */
        public boolean succeeded() {
            return status == 200 && json != null && !json.has("errors") && json.has("data")
                    && !json.get("data").isNull();
        }

        /** The classification of the first error, e.g. CONFLICT, BAD_REQUEST; null without errors. */
        public String errorClassification() {
            if (json == null || !json.has("errors") || json.get("errors").isEmpty()) {
                return null;
            }
            return json.get("errors").get(0).path("extensions").path("classification").asString(null);
        }

        public JsonNode data(String path) {
            JsonNode node = json == null ? null : json.path("data");
            for (String part : path.split("\\.")) {
                node = node == null ? null : node.path(part);
            }
            return node;
        }
    }

    public Response execute(String document, Map<String, Object> variables) throws IOException, InterruptedException {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", document);
        body.put("variables", variables);
        return post(JSON.writeValueAsString(body));
    }

    /** Posts the body exactly as given (it may be malformed on purpose). */
    public Response post(String rawBody) throws IOException, InterruptedException {
        return post(rawBody, "application/json");
    }

    public Response post(String rawBody, String contentType) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), parse(response.body()));
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
