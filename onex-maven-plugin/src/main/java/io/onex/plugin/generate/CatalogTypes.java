package io.onex.plugin.generate;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.SchemaType;
import io.onex.plugin.model.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every object and enum type reachable from the catalog's payloads, once each, sorted by Java name. */
final class CatalogTypes {
    private final Map<String, SchemaType.ObjectType> objects = new LinkedHashMap<>();
    private final Map<String, SchemaType.EnumType> enums = new LinkedHashMap<>();

    CatalogTypes(Catalog catalog) {
        for (Topic topic : catalog.topics()) {
            visit(topic.payload());
        }
    }

    private void visit(SchemaType type) {
        if (type instanceof SchemaType.ObjectType o) {
            if (objects.putIfAbsent(o.javaName(), o) == null) {
                o.properties().forEach(p -> visit(p.type()));
            }
        } else if (type instanceof SchemaType.EnumType e) {
            enums.putIfAbsent(e.javaName(), e);
        } else if (type instanceof SchemaType.ArrayType a) {
            visit(a.items());
        } else if (type instanceof SchemaType.MapType m) {
            visit(m.values());
        }
    }

    List<SchemaType.ObjectType> objects() {
        List<SchemaType.ObjectType> list = new ArrayList<>(objects.values());
        list.sort(Comparator.comparing(SchemaType.ObjectType::javaName));
        return list;
    }

    List<SchemaType.EnumType> enums() {
        List<SchemaType.EnumType> list = new ArrayList<>(enums.values());
        list.sort(Comparator.comparing(SchemaType.EnumType::javaName));
        return list;
    }
}
