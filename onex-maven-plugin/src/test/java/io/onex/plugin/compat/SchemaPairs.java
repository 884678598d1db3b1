package io.onex.plugin.compat;

import java.util.List;

/** The table of schema changes the offline check is tested on: each an earlier history and a proposed version. */
final class SchemaPairs {

    /**
     * @param name what changes
     * @param history earlier versions, oldest first
     * @param proposed the new version
     */
    record Case(String name, List<String> history, String proposed) {
        @Override
        public String toString() {
            return name;
        }
    }

    private SchemaPairs() {
    }

    static Case byName(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static List<Case> all() {
        return List.of(
                pair("optional field added, closed model",
                        obj("'a':{'type':'string'}", "", false),
                        obj("'a':{'type':'string'},'b':{'type':'string'}", "", false)),
                pair("optional field added, open model",
                        obj("'a':{'type':'string'}", "", true),
                        obj("'a':{'type':'string'},'b':{'type':'string'}", "", true)),
                pair("required field added",
                        obj("'a':{'type':'string'}", "'a'", false),
                        obj("'a':{'type':'string'},'b':{'type':'string'}", "'a','b'", false)),
                pair("field removed, closed model",
                        obj("'a':{'type':'string'},'b':{'type':'string'}", "'a'", false),
                        obj("'a':{'type':'string'}", "'a'", false)),
                pair("field removed, open model",
                        obj("'a':{'type':'string'},'b':{'type':'string'}", "'a'", true),
                        obj("'a':{'type':'string'}", "'a'", true)),
                pair("required field made optional",
                        obj("'a':{'type':'string'},'b':{'type':'string'}", "'a','b'", false),
                        obj("'a':{'type':'string'},'b':{'type':'string'}", "'a'", false)),
                pair("type changed string -> integer",
                        obj("'a':{'type':'string'}", "'a'", false),
                        obj("'a':{'type':'integer'}", "'a'", false)),
                pair("type widened integer -> number",
                        obj("'a':{'type':'integer'}", "'a'", false),
                        obj("'a':{'type':'number'}", "'a'", false)),
                pair("type narrowed number -> integer",
                        obj("'a':{'type':'number'}", "'a'", false),
                        obj("'a':{'type':'integer'}", "'a'", false)),
                pair("enum value added",
                        obj("'s':{'type':'string','enum':['OPEN','CLOSED']}", "'s'", false),
                        obj("'s':{'type':'string','enum':['OPEN','CLOSED','HALF_OPEN']}", "'s'", false)),
                pair("enum value removed",
                        obj("'s':{'type':'string','enum':['OPEN','CLOSED','HALF_OPEN']}", "'s'", false),
                        obj("'s':{'type':'string','enum':['OPEN','CLOSED']}", "'s'", false)),
                pair("range narrowed",
                        obj("'p':{'type':'number','minimum':0,'maximum':100}", "'p'", false),
                        obj("'p':{'type':'number','minimum':0,'maximum':50}", "'p'", false)),
                pair("range widened",
                        obj("'p':{'type':'number','minimum':0,'maximum':50}", "'p'", false),
                        obj("'p':{'type':'number','minimum':0,'maximum':100}", "'p'", false)),
                pair("minimum added",
                        obj("'n':{'type':'integer'}", "'n'", false),
                        obj("'n':{'type':'integer','minimum':0}", "'n'", false)),
                pair("maxLength narrowed",
                        obj("'s':{'type':'string','maxLength':255}", "'s'", false),
                        obj("'s':{'type':'string','maxLength':64}", "'s'", false)),
                pair("pattern changed",
                        obj("'v':{'type':'string','pattern':'^[0-9]+$'}", "'v'", false),
                        obj("'v':{'type':'string','pattern':'^[0-9]+\\\\.[0-9]+$'}", "'v'", false)),
                pair("content model closed",
                        obj("'a':{'type':'string'}", "'a'", true),
                        obj("'a':{'type':'string'}", "'a'", false)),
                pair("content model opened",
                        obj("'a':{'type':'string'}", "'a'", false),
                        obj("'a':{'type':'string'}", "'a'", true)),
                pair("nested object: property type changed",
                        obj("'m':" + nested("'x':{'type':'string'}", false), "'m'", false),
                        obj("'m':" + nested("'x':{'type':'boolean'}", false), "'m'", false)),
                pair("nested object: optional property added to closed model",
                        obj("'m':" + nested("'x':{'type':'string'}", false), "'m'", false),
                        obj("'m':" + nested("'x':{'type':'string'},'y':{'type':'integer'}", false), "'m'", false)),
                pair("array items type changed",
                        obj("'l':{'type':'array','items':{'type':'string'}}", "'l'", false),
                        obj("'l':{'type':'array','items':{'type':'integer'}}", "'l'", false)),
                pair("array maxItems narrowed",
                        obj("'l':{'type':'array','items':{'type':'string'},'maxItems':10}", "'l'", false),
                        obj("'l':{'type':'array','items':{'type':'string'},'maxItems':5}", "'l'", false)),
                pair("$ref target type changed",
                        withRef("{'type':'string','minLength':1}"),
                        withRef("{'type':'integer'}")),
                pair("$ref target unchanged, reformatted",
                        withRef("{'type':'string','minLength':1}"),
                        withRef("{'minLength':1,'type':'string'}")),
                pair("oneOf[number,string] -> anyOf[string]",
                        obj("'v':{'oneOf':[{'type':'number'},{'type':'string'}]}", "'v'", false),
                        obj("'v':{'anyOf':[{'type':'string'}]}", "'v'", false)),
                pair("oneOf[number,string] -> anyOf[number,string]",
                        obj("'v':{'oneOf':[{'type':'number'},{'type':'string'}]}", "'v'", false),
                        obj("'v':{'anyOf':[{'type':'number'},{'type':'string'}]}", "'v'", false)),
                new Case("three versions: enum grown then shrunk below the first",
                        List.of(obj("'s':{'type':'string','enum':['A','B']}", "'s'", false),
                                obj("'s':{'type':'string','enum':['A','B','C']}", "'s'", false)),
                        obj("'s':{'type':'string','enum':['B','C']}", "'s'", false)));
    }

    private static Case pair(String name, String before, String after) {
        return new Case(name, List.of(before), after);
    }

    static String obj(String properties, String required, boolean open) {
        return json("{'$schema':'http://json-schema.org/draft-07/schema#','type':'object','properties':{" + properties
                + "}" + (required.isEmpty() ? "" : ",'required':[" + required + "]")
                + (open ? "" : ",'additionalProperties':false") + "}");
    }

    private static String nested(String properties, boolean open) {
        return "{'type':'object','properties':{" + properties + "}" + (open ? "" : ",'additionalProperties':false") + "}";
    }

    private static String withRef(String definition) {
        return json("{'$schema':'http://json-schema.org/draft-07/schema#','type':'object','definitions':{'Id':"
                + definition + "},'properties':{'id':{'$ref':'#/definitions/Id'}},'required':['id'],"
                + "'additionalProperties':false}");
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
