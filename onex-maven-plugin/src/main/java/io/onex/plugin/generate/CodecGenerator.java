package io.onex.plugin.generate;

import io.onex.plugin.model.JavaNames;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.onex.plugin.model.SchemaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * One streaming JSON codec per object type. Writing is straight-line Jackson generator calls;
 * properties marked {@code x-onex-redact} are written through the caller's redactor (spec section
 * 6.6), passed on to nested codecs. Reading is a tolerant reader (unknown fields skipped) that
 * type-checks every token, reports the JSON pointer of a bad value, and builds the record only at
 * the end, through its constructor, so every constraint is checked and no half-built record escapes.
 */
public final class CodecGenerator implements Generator {

    @Override
    public Stream<JavaFile> generate(GenerationModel model) {
        if (!model.options().generateCatalogTypes()) {
            return Stream.empty();
        }
        TypeMapper types = new TypeMapper(model.options().catalogPackage());
        return new CatalogTypes(model.catalog()).objects().stream().map(o -> new Emitter(types, o).file());
    }

    /** Emits the codec of one object type. */
    private static final class Emitter {
        private final TypeMapper types;
        private final SchemaType.ObjectType object;
        private final ClassName record;
        private final ClassName self;
        private final List<MethodSpec> helpers = new ArrayList<>();

        Emitter(TypeMapper types, SchemaType.ObjectType object) {
            this.types = types;
            this.object = object;
            this.record = types.recordClass(object);
            this.self = types.codecClass(object);
        }

        JavaFile file() {
            TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                    .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                    .addSuperinterface(ParameterizedTypeName.get(Runtime.PAYLOAD_CODEC, record))
                    .addAnnotation(Runtime.generated(CodecGenerator.class))
                    .addJavadoc("Streaming JSON codec of {@link $T}.\n", record)
                    .addJavadoc(redactionJavadoc())
                    .addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                            .addJavadoc("The codec; stateless and thread-safe.\n")
                            .initializer("new $T()", self)
                            .build());
            for (SchemaType.Property p : object.properties()) {
                spec.addField(FieldSpec.builder(Runtime.SERIALIZED_STRING, nameConstant(p),
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T($S)", Runtime.SERIALIZED_STRING, p.jsonName())
                        .build());
            }
            spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
            spec.addMethod(write());
            spec.addMethod(read());
            helpers.forEach(spec::addMethod);
            return JavaFile.builder(types.catalogPackage(), spec.build()).skipJavaLangImports(true).indent("    ").build();
        }

        /** Names the redacted properties in the class comment, so a reader of the codec sees them. */
        private CodeBlock redactionJavadoc() {
            List<String> redacted = object.properties().stream().filter(SchemaType.Property::redacted)
                    .map(p -> "{@code " + p.jsonName() + "}").toList();
            if (redacted.isEmpty()) {
                return CodeBlock.of("");
            }
            return CodeBlock.of("\n<p>Writes $L through the redactor (schema keyword {@code x-onex-redact}, spec section 6.6).\n",
                    String.join(", ", redacted));
        }

        private static String nameConstant(SchemaType.Property p) {
            return "FIELD_" + JavaNames.constant(p.jsonName());
        }

        // ---- writing -----------------------------------------------------------------------

        private MethodSpec write() {
            MethodSpec.Builder m = MethodSpec.methodBuilder("write")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(Runtime.JSON_GENERATOR, "generator")
                    .addParameter(record, "value")
                    .addParameter(Runtime.REDACTOR, "redactor")
                    .addException(IOException.class)
                    .addStatement("generator.writeStartObject()");
            for (SchemaType.Property p : object.properties()) {
                TypeName type = types.javaType(p);
                CodeBlock access = CodeBlock.of("value.$N()", p.javaName());
                if (type.isPrimitive() || p.required() && !p.nullable()) {
                    m.addStatement("generator.writeFieldName($N)", nameConstant(p));
                    m.addCode(writeProperty(p, access));
                    continue;
                }
                m.addStatement("$T $N = value.$N()", type, local(p), p.javaName());
                m.beginControlFlow("if ($N != null)", local(p))
                        .addStatement("generator.writeFieldName($N)", nameConstant(p))
                        .addCode(writeProperty(p, CodeBlock.of("$N", local(p))));
                if (p.nullable()) {
                    m.nextControlFlow("else")
                            .addStatement("generator.writeFieldName($N)", nameConstant(p))
                            .addStatement("generator.writeNull()");
                }
                m.endControlFlow();
            }
            return m.addStatement("generator.writeEndObject()").build();
        }

        /**
         * Writes a property's value; a redacted one (only a plain string or a free-form map, as the plugin's
         * schema-redact rule ensures) through the redactor: a string whole, a map entry by entry.
         */
        private CodeBlock writeProperty(SchemaType.Property p, CodeBlock value) {
            if (!p.redacted()) {
                return writeValue(p.type(), value, 0);
            }
            if (p.type() instanceof SchemaType.StringType s) {
                return s.maxLength() == null
                        ? CodeBlock.builder().addStatement("generator.writeString(redactor.redactText($L))", value).build()
                        : CodeBlock.builder().addStatement("generator.writeString(redactor.redactText($L, $L))", value,
                                s.maxLength()).build();
            }
            if (p.type() instanceof SchemaType.MapType mt && mt.values() instanceof SchemaType.AnyType) {
                return CodeBlock.builder()
                        .addStatement("generator.writeStartObject()")
                        .beginControlFlow("for ($T.Entry<String, Object> entry0 : $L.entrySet())", ClassName.get(Map.class), value)
                        .addStatement("generator.writeFieldName(entry0.getKey())")
                        .addStatement("$T.writeAny(generator, redactor.redactEntry(entry0.getKey(), entry0.getValue()))",
                                Runtime.JSON)
                        .endControlFlow()
                        .addStatement("generator.writeEndObject()")
                        .build();
            }
            throw new IllegalStateException(p.jsonName() + " is marked x-onex-redact but is neither a plain string nor a"
                    + " free-form map; the schema-redact rule should have refused it");
        }

        private CodeBlock writeValue(SchemaType type, CodeBlock value, int depth) {
            CodeBlock.Builder code = CodeBlock.builder();
            if (type instanceof SchemaType.StringType s) {
                switch (s.format()) {
                    case UUID -> code.addStatement("$T.writeUuid(generator, $L)", Runtime.JSON, value);
                    case DATE_TIME -> code.addStatement("$T.writeInstant(generator, $L)", Runtime.JSON, value);
                    default -> code.addStatement("generator.writeString($L)", value);
                }
            } else if (type instanceof SchemaType.EnumType) {
                code.addStatement("generator.writeString($L.json())", value);
            } else if (type instanceof SchemaType.IntegerType || type instanceof SchemaType.NumberType) {
                code.addStatement("generator.writeNumber($L)", value);
            } else if (type instanceof SchemaType.BooleanType) {
                code.addStatement("generator.writeBoolean($L)", value);
            } else if (type instanceof SchemaType.ObjectType o) {
                code.addStatement("$T.INSTANCE.write(generator, $L, redactor)", types.codecClass(o), value);
            } else if (type instanceof SchemaType.ArrayType a) {
                String item = "item" + depth;
                code.addStatement("generator.writeStartArray()")
                        .beginControlFlow("for ($T $N : $L)", types.javaType(a.items()).box(), item, value)
                        .add(writeValue(a.items(), CodeBlock.of("$N", item), depth + 1))
                        .endControlFlow()
                        .addStatement("generator.writeEndArray()");
            } else if (type instanceof SchemaType.MapType mt) {
                String entry = "entry" + depth;
                code.addStatement("generator.writeStartObject()")
                        .beginControlFlow("for ($T.Entry<String, $T> $N : $L.entrySet())", ClassName.get(Map.class),
                                types.javaType(mt.values()).box(), entry, value)
                        .addStatement("generator.writeFieldName($N.getKey())", entry)
                        .add(writeValue(mt.values(), CodeBlock.of("$N.getValue()", entry), depth + 1))
                        .endControlFlow()
                        .addStatement("generator.writeEndObject()");
            } else {
                code.addStatement("$T.writeAny(generator, $L)", Runtime.JSON, value);
            }
            return code.build();
        }

        // ---- reading -----------------------------------------------------------------------

        private MethodSpec read() {
            MethodSpec.Builder m = MethodSpec.methodBuilder("read")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(Runtime.JSON_PARSER, "parser")
                    .addParameter(String.class, "pointer")
                    .returns(record)
                    .addException(IOException.class)
                    .addStatement("$T.expectObject(parser, pointer)", Runtime.JSON);
            for (SchemaType.Property p : object.properties()) {
                TypeName type = types.javaType(p);
                m.addStatement("$T $N = $L", type, local(p), type.isPrimitive() ? zero(type) : "null");
                if (needsPresenceFlag(p, type)) {
                    m.addStatement("boolean $N = false", flag(p));
                }
            }
            m.addStatement("String name");
            m.beginControlFlow("while ((name = parser.nextFieldName()) != null)")
                    .addStatement("parser.nextToken()")
                    .beginControlFlow("switch (name)");
            for (SchemaType.Property p : object.properties()) {
                TypeName type = types.javaType(p);
                m.addCode("case $S:\n$>", p.jsonName());
                CodeBlock read = readValue(p.type(), CodeBlock.of("pointer"), CodeBlock.of("$S", p.jsonName()),
                        JavaNames.pascalCase(p.jsonName()));
                if (p.nullable()) {
                    m.addStatement("$N = $T.isNull(parser) ? null : $L", local(p), Runtime.JSON, read);
                } else {
                    m.addStatement("$N = $L", local(p), read);
                }
                if (needsPresenceFlag(p, type)) {
                    m.addStatement("$N = true", flag(p));
                }
                m.addStatement("break$<");
            }
            m.addCode("default:\n$>").addStatement("parser.skipChildren()").addCode("$<");
            m.endControlFlow().endControlFlow();
            for (SchemaType.Property p : object.properties()) {
                if (needsPresenceFlag(p, types.javaType(p))) {
                    m.beginControlFlow("if (!$N)", flag(p))
                            .addStatement("throw $T.missing(pointer, $S)", Runtime.JSON, p.jsonName())
                            .endControlFlow();
                }
            }
            CodeBlock.Builder args = CodeBlock.builder();
            for (int i = 0; i < object.properties().size(); i++) {
                args.add(i == 0 ? "$N" : ", $N", local(object.properties().get(i)));
            }
            m.beginControlFlow("try")
                    .addStatement("return new $T($L)", record, args.build())
                    .nextControlFlow("catch ($T e)", Runtime.VALIDATION_EXCEPTION)
                    .addStatement("throw $T.invalid(pointer, e)", Runtime.JSON)
                    .endControlFlow();
            return m.build();
        }

        /** Primitives and required-but-nullable fields cannot tell "absent" from their value. */
        private static boolean needsPresenceFlag(SchemaType.Property p, TypeName type) {
            return p.required() && (type.isPrimitive() || p.nullable());
        }

        /** Expression reading the current token as the given type. */
        private CodeBlock readValue(SchemaType type, CodeBlock base, CodeBlock field, String helperBase) {
            if (type instanceof SchemaType.StringType s) {
                String method = switch (s.format()) {
                    case UUID -> "readUuid";
                    case DATE_TIME -> "readInstant";
                    default -> "readString";
                };
                return CodeBlock.of("$T.$N(parser, $L, $L)", Runtime.JSON, method, base, field);
            }
            if (type instanceof SchemaType.EnumType e) {
                ClassName enumClass = ClassName.get(types.catalogPackage(), e.javaName());
                return CodeBlock.of("$T.readEnum(parser, $L, $L, $T::lookup, $T.ALLOWED_VALUES)", Runtime.JSON, base, field,
                        enumClass, enumClass);
            }
            if (type instanceof SchemaType.IntegerType) {
                return CodeBlock.of("$T.readLong(parser, $L, $L)", Runtime.JSON, base, field);
            }
            if (type instanceof SchemaType.NumberType) {
                return CodeBlock.of("$T.readDouble(parser, $L, $L)", Runtime.JSON, base, field);
            }
            if (type instanceof SchemaType.BooleanType) {
                return CodeBlock.of("$T.readBoolean(parser, $L, $L)", Runtime.JSON, base, field);
            }
            if (type instanceof SchemaType.ObjectType o) {
                return CodeBlock.of("$T.INSTANCE.read(parser, $L + \"/\" + $L)", types.codecClass(o), base, field);
            }
            if (type instanceof SchemaType.ArrayType || type instanceof SchemaType.MapType) {
                String helper = "read" + helperBase;
                helpers.add(collectionReader(helper, type, helperBase));
                return CodeBlock.of("$N(parser, $L + \"/\" + $L)", helper, base, field);
            }
            return CodeBlock.of("$T.readAny(parser, $L, $L)", Runtime.JSON, base, field);
        }

        private MethodSpec collectionReader(String name, SchemaType type, String helperBase) {
            MethodSpec.Builder m = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(Runtime.JSON_PARSER, "parser")
                    .addParameter(String.class, "pointer")
                    .returns(types.javaType(type))
                    .addException(IOException.class);
            if (type instanceof SchemaType.ArrayType a) {
                TypeName item = types.javaType(a.items()).box();
                m.addStatement("$T.expectArray(parser, pointer)", Runtime.JSON)
                        .addStatement("$T<$T> list = new $T<>()", List.class, item, ArrayList.class)
                        .beginControlFlow("while (parser.nextToken() != $T.END_ARRAY)",
                                ClassName.get("com.fasterxml.jackson.core", "JsonToken"))
                        .addStatement("list.add($L)", readValue(a.items(), CodeBlock.of("pointer"),
                                CodeBlock.of("$T.toString(list.size())", Integer.class), helperBase + "Item"))
                        .endControlFlow()
                        .addStatement("return $T.unmodifiableList(list)", Collections.class);
            } else {
                SchemaType.MapType mt = (SchemaType.MapType) type;
                TypeName value = types.javaType(mt.values()).box();
                m.addStatement("$T.expectObject(parser, pointer)", Runtime.JSON)
                        .addStatement("$T<String, $T> map = new $T<>()", Map.class, value, LinkedHashMap.class)
                        .addStatement("String key")
                        .beginControlFlow("while ((key = parser.nextFieldName()) != null)")
                        .addStatement("parser.nextToken()")
                        .addStatement("map.put(key, $L)", readValue(mt.values(), CodeBlock.of("pointer"),
                                CodeBlock.of("$T.escape(key)", Runtime.JSON), helperBase + "Value"))
                        .endControlFlow()
                        .addStatement("return $T.unmodifiableMap(map)", Collections.class);
            }
            return m.build();
        }

        /** Names the generated methods use themselves; a property with one of them gets a trailing underscore. */
        private static final java.util.Set<String> RESERVED = java.util.Set.of("parser", "pointer", "generator", "value",
                "redactor", "name", "key", "list", "map", "e");

        private static String local(SchemaType.Property p) {
            return RESERVED.contains(p.javaName()) || p.javaName().startsWith("item") || p.javaName().startsWith("entry")
                    ? p.javaName() + "_" : p.javaName();
        }

        private static String flag(SchemaType.Property p) {
            return "has" + JavaNames.pascalCase(p.jsonName());
        }

        private static String zero(TypeName type) {
            if (type.equals(TypeName.BOOLEAN)) {
                return "false";
            }
            return type.equals(TypeName.DOUBLE) ? "0.0" : "0L";
        }
    }
}
