package io.onex.plugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The JSON writer and JSON equality of raw trees")
class JsonWriterTest {

    private static RawNode json(String text) {
        ParseResult result = JsonReader.read(new SourceFile("s.json", "s.json", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.diagnostics()).isEmpty();
        return result.root();
    }

    @Test
    @DisplayName("writes compact JSON in document order with numbers as written and strings escaped")
    void compact() {
        RawNode node = json("{ \"b\": [1, 2.50, 1e3, -0],\n \"a\": {\"s\": \"q\\\"uo\\u00e9\\n\", \"t\": true, \"n\": null} }");

        assertThat(JsonWriter.compact(node))
                .isEqualTo("{\"b\":[1,2.50,1e3,-0],\"a\":{\"s\":\"q\\\"uo\u00e9\\n\",\"t\":true,\"n\":null}}");
    }

    @Test
    @DisplayName("the canonical form sorts keys at every level and writes numbers by value")
    void canonical() {
        RawNode node = json("{\"b\": {\"z\": 1.0, \"y\": [100, 0.0, 2.5e0]}, \"a\": \"x\"}");

        assertThat(JsonWriter.canonical(node)).isEqualTo("{\"a\":\"x\",\"b\":{\"y\":[1E+2,0,2.5],\"z\":1}}");
    }

    @Test
    @DisplayName("trees are the same JSON whatever their key order, formatting and number spelling")
    void sameJson() {
        RawNode ours = json("{\"type\": \"object\", \"properties\": {\"n\": {\"minimum\": 1, \"enum\": [\"a\", \"b\"]}}}");
        RawNode theirs = json("{\n  \"properties\" : { \"n\" : { \"enum\" : [ \"a\", \"b\" ], \"minimum\" : 1.0 } },\n"
                + "  \"type\" : \"object\"\n}");

        assertThat(ours.sameJson(theirs)).isTrue();
        assertThat(theirs.sameJson(ours)).isTrue();
    }

    @Test
    @DisplayName("a different value, a different kind, another list order or an extra key make trees differ")
    void differences() {
        RawNode base = json("{\"a\": [1, \"2\"], \"b\": true}");

        for (String other : List.of("{\"a\": [1, \"2\"], \"b\": false}", "{\"a\": [1, 2], \"b\": true}",
                "{\"a\": [\"2\", 1], \"b\": true}", "{\"a\": [1, \"2\"], \"b\": true, \"c\": null}",
                "{\"a\": [1, \"2\"]}", "{\"a\": [1, \"2\"], \"b\": \"true\"}")) {
            assertThat(base.sameJson(json(other))).as(other).isFalse();
        }
    }

    @Test
    @DisplayName("with and without build new maps and leave the original as it was")
    void withAndWithout() {
        RawMap map = (RawMap) json("{\"a\": 1, \"b\": 2, \"c\": 3}");
        RawNode replacement = json("[true]");

        assertThat(JsonWriter.compact(map.with("b", replacement))).isEqualTo("{\"a\":1,\"b\":[true],\"c\":3}");
        assertThat(JsonWriter.compact(map.with("d", replacement))).isEqualTo("{\"a\":1,\"b\":2,\"c\":3,\"d\":[true]}");
        assertThat(JsonWriter.compact(map.without(List.of("a", "c", "x")))).isEqualTo("{\"b\":2}");
        assertThat(JsonWriter.compact(map)).isEqualTo("{\"a\":1,\"b\":2,\"c\":3}");
    }
}
