package io.onex.plugin.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.parse.JsonReader;
import io.onex.plugin.parse.ParseResult;
import io.onex.plugin.parse.RawNode;
import io.onex.plugin.parse.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reader check on its own: for each kind of break, one writer/reader pair where readers break and one where
 * they cope. Schemas are written with single quotes for readability.
 */
@DisplayName("The reader check")
class ReaderCheckTest {

    private static RawNode schema(String json) {
        ParseResult parsed = JsonReader.read(new SourceFile("s.json", "s.json",
                json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.diagnostics()).isEmpty();
        return parsed.root();
    }

    private static ReaderCheck check(String writer, String reader) {
        return ReaderCheck.compare(schema(writer), schema(reader));
    }

    /** Every break as {@code pointer KIND: detail}. */
    private static List<String> breaks(String writer, String reader) {
        return check(writer, reader).breaks().stream().map(b -> b.pointer() + " " + b.kind() + ": " + b.detail())
                .toList();
    }

    private static String property(String schema) {
        return "{'type':'object','properties':{'a':" + schema + "}}";
    }

    @Test
    @DisplayName("TYPE_NARROWED when writers may send a type readers refuse")
    void typesNarrowed() {
        assertThat(breaks(property("{'type':['string','null']}"), property("{'type':'string'}")))
                .containsExactly("/properties/a TYPE_NARROWED: writers may send null, readers accept only string");
    }

    @Test
    @DisplayName("an integer is a number, and a schema without type accepts every type")
    void typesWidened() {
        assertThat(breaks(property("{'type':'integer'}"), property("{'type':'number'}"))).isEmpty();
        assertThat(breaks(property("{'type':'integer'}"), property("{'description':'anything'}"))).isEmpty();
        assertThat(breaks(property("{'type':'string'}"), property("true"))).isEmpty();
    }

    @Test
    @DisplayName("SCHEMA_CLOSED when readers accept nothing at all, unless writers send nothing either")
    void typesClosed() {
        assertThat(breaks(property("{'type':'string'}"), property("false")))
                .containsExactly("/properties/a SCHEMA_CLOSED: readers accept no value here at all");
        assertThat(breaks(property("false"), property("false"))).isEmpty();
    }

    @Test
    @DisplayName("UNION_NARROWED when no alternative of the readers accepts what writers may send")
    void unionsNarrowed() {
        assertThat(breaks(property("{'oneOf':[{'type':'number'},{'type':'string'}]}"),
                property("{'anyOf':[{'type':'string'}]}"))).containsExactly(
                "/properties/a UNION_NARROWED: writers may send number, which no alternative of the readers'"
                        + " anyOf accepts");
    }

    @Test
    @DisplayName("ONE_OF_AMBIGUOUS when a value matches two alternatives of the readers' oneOf")
    void unionsAmbiguous() {
        assertThat(breaks(property("{'type':'integer'}"),
                property("{'oneOf':[{'type':'integer'},{'type':'number'}]}"))).containsExactly(
                "/properties/a ONE_OF_AMBIGUOUS: a value writers may send (integer) matches 2 alternatives of the"
                        + " readers' oneOf, which requires exactly one");
    }

    @Test
    @DisplayName("oneOf to anyOf over the same disjoint types, and a union that grows, break nothing")
    void unionsCoping() {
        assertThat(breaks(property("{'oneOf':[{'type':'number'},{'type':'string'}]}"),
                property("{'anyOf':[{'type':'number'},{'type':'string'}]}"))).isEmpty();
        assertThat(breaks(property("{'type':'string'}"),
                property("{'oneOf':[{'type':'string'},{'type':'boolean'}]}"))).isEmpty();
    }

    @Test
    @DisplayName("ENUM_VALUE_REMOVED names the values readers no longer accept")
    void enumsRemoved() {
        assertThat(breaks(property("{'type':'string','enum':['OPEN','CLOSED','HALF_OPEN']}"),
                property("{'type':'string','enum':['OPEN','CLOSED']}"))).containsExactly(
                "/properties/a ENUM_VALUE_REMOVED: writers may send \"HALF_OPEN\", which readers do not accept");
    }

    @Test
    @DisplayName("ENUM_RESTRICTED when readers add an enum or const to a free value")
    void enumsRestricted() {
        assertThat(breaks(property("{'type':'string'}"), property("{'type':'string','const':'X'}")))
                .containsExactly("/properties/a ENUM_RESTRICTED: readers accept only \"X\", writers any string");
    }

    @Test
    @DisplayName("an added value, a reordering or another spelling of the same number break nothing")
    void enumsCoping() {
        assertThat(breaks(property("{'enum':['A','B']}"), property("{'enum':['B','A','C']}"))).isEmpty();
        assertThat(breaks(property("{'enum':[1, 2]}"), property("{'enum':[2.0, 1.0]}"))).isEmpty();
    }

    @Test
    @DisplayName("RANGE_NARROWED for a new or raised minimum, a lowered maximum and new exclusive bounds")
    void numbersNarrowed() {
        assertThat(breaks(property("{'type':'integer','minimum':0,'maximum':100}"),
                property("{'type':'integer','minimum':1,'maximum':50}"))).containsExactly(
                "/properties/a RANGE_NARROWED: readers require minimum 1, writers may send 0",
                "/properties/a RANGE_NARROWED: readers require maximum 50, writers may send 100");
        assertThat(breaks(property("{'type':'number'}"),
                property("{'type':'number','exclusiveMinimum':0,'exclusiveMaximum':1}"))).containsExactly(
                "/properties/a RANGE_NARROWED: readers require exclusiveMinimum 0",
                "/properties/a RANGE_NARROWED: readers require exclusiveMaximum 1");
    }

    @Test
    @DisplayName("MULTIPLE_OF_CHANGED unless the writers' step is a multiple of the readers'")
    void numbersMultipleOf() {
        assertThat(breaks(property("{'type':'number','multipleOf':0.5}"),
                property("{'type':'number','multipleOf':0.2}")))
                .containsExactly("/properties/a MULTIPLE_OF_CHANGED: readers require multiples of 0.2");
        assertThat(breaks(property("{'type':'number','multipleOf':10}"),
                property("{'type':'number','multipleOf':5}"))).isEmpty();
    }

    @Test
    @DisplayName("a wider range, and an inclusive bound inside the readers' exclusive one, break nothing")
    void numbersCoping() {
        assertThat(breaks(property("{'type':'integer','minimum':1,'maximum':50}"),
                property("{'type':'integer','minimum':0,'maximum':100}"))).isEmpty();
        assertThat(breaks(property("{'type':'number','minimum':1}"),
                property("{'type':'number','exclusiveMinimum':0}"))).isEmpty();
    }

    @Test
    @DisplayName("LENGTH_NARROWED, PATTERN_CHANGED and FORMAT_CHANGED when readers constrain strings more")
    void stringsNarrowed() {
        assertThat(breaks(property("{'type':'string','maxLength':64}"),
                property("{'type':'string','minLength':1,'maxLength':32,'pattern':'^[a-z]+$','format':'uuid'}")))
                .containsExactly(
                        "/properties/a LENGTH_NARROWED: readers require at least 1 characters",
                        "/properties/a LENGTH_NARROWED: readers allow at most 32 characters",
                        "/properties/a PATTERN_CHANGED: readers require the pattern ^[a-z]+$, which strings valid"
                                + " for writers need not match",
                        "/properties/a FORMAT_CHANGED: readers require format uuid");
    }

    @Test
    @DisplayName("the same pattern and format, and looser lengths, break nothing")
    void stringsCoping() {
        assertThat(breaks(property("{'type':'string','minLength':2,'maxLength':8,'pattern':'^x','format':'uri'}"),
                property("{'type':'string','minLength':1,'maxLength':9,'pattern':'^x','format':'uri'}"))).isEmpty();
    }

    @Test
    @DisplayName("REQUIRED_ADDED when readers require a property writers may omit")
    void objectsRequiredAdded() {
        assertThat(breaks("{'type':'object','properties':{'a':{'type':'string'}}}",
                "{'type':'object','properties':{'a':{'type':'string'}},'required':['a']}"))
                .containsExactly("/required REQUIRED_ADDED: readers require 'a', which writers may omit");
    }

    @Test
    @DisplayName("PROPERTY_REJECTED when readers close the model over a property writers send")
    void objectsPropertyRejected() {
        assertThat(breaks("{'type':'object','properties':{'a':{},'b':{}}}",
                "{'type':'object','properties':{'a':{}},'additionalProperties':false}"))
                .containsExactly("/properties/b PROPERTY_REJECTED: writers may send 'b', which the readers' closed"
                        + " content model (additionalProperties: false) rejects");
    }

    @Test
    @DisplayName("CONTENT_MODEL_CLOSED when writers declared an open model and readers close it")
    void objectsContentModelClosed() {
        assertThat(breaks("{'type':'object','additionalProperties':true}",
                "{'type':'object','additionalProperties':false}")).containsExactly(
                "/additionalProperties CONTENT_MODEL_CLOSED: writers may send properties beyond the declared"
                        + " ones, which the readers' closed content model rejects");
    }

    @Test
    @DisplayName("SIZE_NARROWED for new property counts; a property's own break is found at its pointer")
    void objectsSizesAndNesting() {
        assertThat(breaks("{'type':'object','properties':{'m':{'type':'object','additionalProperties':"
                        + "{'type':'integer'}}}}",
                "{'type':'object','minProperties':1,'maxProperties':3,'properties':{'m':{'type':'object',"
                        + "'additionalProperties':{'type':'string'}}}}"))
                .containsExactly(
                        "/properties/m/additionalProperties TYPE_NARROWED: writers may send integer, readers"
                                + " accept only string",
                        "/ SIZE_NARROWED: readers require at least 1 properties",
                        "/ SIZE_NARROWED: readers allow at most 3 properties");
    }

    @Test
    @DisplayName("an optional property added to an open or closed model, or a requirement dropped, breaks nothing")
    void objectsCoping() {
        assertThat(breaks("{'type':'object','properties':{'a':{'type':'string'}},'additionalProperties':false}",
                "{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'string'}},"
                        + "'additionalProperties':false}")).isEmpty();
        assertThat(breaks("{'type':'object','properties':{'a':{'type':'string'}},'required':['a']}",
                "{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'string'}}}")).isEmpty();
    }

    @Test
    @DisplayName("SIZE_NARROWED and UNIQUE_ITEMS_ADDED when readers constrain lists more; items are compared")
    void arraysNarrowed() {
        assertThat(breaks(property("{'type':'array','items':{'type':'number'}}"),
                property("{'type':'array','items':{'type':'integer'},'minItems':1,'maxItems':5,"
                        + "'uniqueItems':true}"))).containsExactly(
                "/properties/a/items TYPE_NARROWED: writers may send number, readers accept only integer",
                "/properties/a SIZE_NARROWED: readers require at least 1 items",
                "/properties/a SIZE_NARROWED: readers allow at most 5 items",
                "/properties/a UNIQUE_ITEMS_ADDED: readers require unique items, writers may repeat them");
    }

    @Test
    @DisplayName("looser sizes and unique items dropped break nothing")
    void arraysCoping() {
        assertThat(breaks(property("{'type':'array','items':{'type':'integer'},'maxItems':3,'uniqueItems':true}"),
                property("{'type':'array','items':{'type':'number'},'maxItems':4}"))).isEmpty();
    }

    @Test
    @DisplayName("keywords outside the modelled subset make the check not confident")
    void confidenceUnsupported() {
        for (String reader : List.of("{'not':{'type':'string'}}", "{'if':{},'then':{}}",
                "{'type':'object','patternProperties':{'^x':{}}}", "{'allOf':[{'type':'string'},{'minLength':1}]}",
                "{'type':'array','items':[{'type':'string'}]}")) {
            assertThat(check(property("{'type':'array'}"), property(reader)).confident()).as(reader).isFalse();
        }
    }

    @Test
    @DisplayName("the modelled keywords keep it confident")
    void confidenceSupported() {
        assertThat(check(property("{'type':'string'}"), property("{'type':'string','maxLength':3}")).confident())
                .isTrue();
    }
}
