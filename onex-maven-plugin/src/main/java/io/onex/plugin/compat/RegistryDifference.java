package io.onex.plugin.compat;

/**
 * One incompatible difference as the registry's JSON Schema checker reports it.
 *
 * @param kind Apicurio's diff type, e.g. {@code SUBSCHEMA_TYPE_CHANGED}
 * @param pointer the JSON pointer of the schema location, e.g. {@code /properties/payload/properties/node_id}
 */
public record RegistryDifference(String kind, String pointer) {

    /** As the registry prints a cause: {@code SUBSCHEMA_TYPE_CHANGED at /properties/a}. */
    @Override
    public String toString() {
        return kind + (pointer.isEmpty() ? "" : " at " + pointer);
    }
}
