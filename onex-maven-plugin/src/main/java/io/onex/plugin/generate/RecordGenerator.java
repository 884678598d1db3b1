package io.onex.plugin.generate;

import io.onex.plugin.model.JavaNames;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.onex.plugin.model.SchemaType;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * One immutable record per object type. The compact constructor checks required fields and
 * every constraint of the schema and copies collections unmodifiable, so an invalid value can
 * never be built. Records with {@value #BUILDER_THRESHOLD} or more optional fields get a builder.
 */
public final class RecordGenerator implements Generator {

    /** Optional fields from which on a record gets a builder. */
    static final int BUILDER_THRESHOLD = 3;

    @Override
    public Stream<JavaFile> generate(GenerationModel model) {
        if (!model.options().generateCatalogTypes()) {
            return Stream.empty();
        }
        TypeMapper types = new TypeMapper(model.options().catalogPackage());
        return new CatalogTypes(model.catalog()).objects().stream().map(o -> file(types, o));
    }

    private JavaFile file(TypeMapper types, SchemaType.ObjectType object) {
        ClassName self = types.recordClass(object);
        ConstraintChecks checks = new ConstraintChecks(types);
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        CodeBlock.Builder javadoc = CodeBlock.builder();
        javadoc.add(object.description().isEmpty() ? "Payload type {@code $L}.\n" : "$L\n",
                object.description().isEmpty() ? object.javaName() : Javadoc.escape(object.description()));
        javadoc.add("\n<p>Generated from {@code $L}.\n\n", Javadoc.origin(object.origin()));
        long optional = object.properties().stream().filter(p -> !p.required()).count();
        for (SchemaType.Property p : object.properties()) {
            TypeName type = types.javaType(p);
            components.addParameter(ParameterSpec.builder(type, p.javaName()).build());
            javadoc.add("@param $L $L(JSON {@code $L}$L)\n", p.javaName(),
                    p.description().isEmpty() ? "" : Javadoc.escape(p.description()) + " ",
                    p.jsonName(), p.required() ? ", required" : ", optional");
            compact.addCode(constructorChecks(checks, p, type));
        }
        TypeSpec.Builder record = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Runtime.generated(RecordGenerator.class))
                .addJavadoc(javadoc.build())
                .recordConstructor(components.build());
        checks.patternFields().forEach(record::addField);
        record.addMethod(compact.build());
        if (optional >= BUILDER_THRESHOLD) {
            addBuilder(types, object, self, record);
        }
        return JavaFile.builder(types.catalogPackage(), record.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private CodeBlock constructorChecks(ConstraintChecks checks, SchemaType.Property p, TypeName type) {
        CodeBlock.Builder code = CodeBlock.builder();
        CodeBlock field = CodeBlock.of("$S", p.jsonName());
        CodeBlock value = CodeBlock.of("$N", p.javaName());
        String constant = JavaNames.constant(p.jsonName());
        if (p.required() && !p.nullable() && !type.isPrimitive()) {
            code.addStatement("$T.required($L, $N)", Runtime.CHECKS, field, p.javaName());
        }
        if (p.type() instanceof SchemaType.ArrayType) {
            code.addStatement("$N = $T.copyList($L, $N)", p.javaName(), Runtime.CHECKS, field, p.javaName());
        } else if (p.type() instanceof SchemaType.MapType map && map.values() instanceof SchemaType.AnyType) {
            code.addStatement("$N = $T.copyJsonMap($L, $N)", p.javaName(), Runtime.CHECKS, field, p.javaName());
        } else if (p.type() instanceof SchemaType.MapType) {
            code.addStatement("$N = $T.copyMap($L, $N)", p.javaName(), Runtime.CHECKS, field, p.javaName());
        } else if (p.type() instanceof SchemaType.AnyType) {
            code.addStatement("$N = $T.copyAny($L, $N)", p.javaName(), Runtime.JSON, field, p.javaName());
        }
        CodeBlock constraint = checks.checks(p.type(), value, field, constant);
        if (!constraint.isEmpty()) {
            if (type.isPrimitive() || p.required() && !p.nullable()) {
                code.add(constraint);
            } else {
                code.beginControlFlow("if ($N != null)", p.javaName()).add(constraint).endControlFlow();
            }
        }
        return code.build();
    }

    private void addBuilder(TypeMapper types, SchemaType.ObjectType object, ClassName self, TypeSpec.Builder record) {
        ClassName builderName = self.nestedClass("Builder");
        TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T} step by step; {@link #build()} runs every check of the record.\n", self)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        CodeBlock.Builder args = CodeBlock.builder();
        CodeBlock.Builder copy = CodeBlock.builder().add("return new $T()", builderName);
        for (int i = 0; i < object.properties().size(); i++) {
            SchemaType.Property p = object.properties().get(i);
            TypeName boxed = types.javaType(p).box();
            TypeName type = types.javaType(p);
            builder.addField(FieldSpec.builder(boxed, p.javaName(), Modifier.PRIVATE).build());
            builder.addMethod(MethodSpec.methodBuilder(p.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("Sets {@code $L}.\n", p.jsonName())
                    .addParameter(boxed, p.javaName())
                    .returns(builderName)
                    .addStatement("this.$N = $N", p.javaName(), p.javaName())
                    .addStatement("return this")
                    .build());
            if (i > 0) {
                args.add(", ");
            }
            if (type.isPrimitive()) {
                args.add("$T.required($S, $N)", Runtime.CHECKS, p.jsonName(), p.javaName());
            } else {
                args.add("$N", p.javaName());
            }
            copy.add(".$N($N)", p.javaName(), p.javaName());
        }
        builder.addMethod(MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("@throws $T when a required field is missing or a constraint is broken\n",
                        Runtime.VALIDATION_EXCEPTION)
                .returns(self)
                .addStatement("return new $T($L)", self, args.build())
                .build());
        record.addType(builder.build());
        record.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A builder with no field set.\n")
                .returns(builderName)
                .addStatement("return new $T()", builderName)
                .build());
        record.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A builder holding this record's values, for a modified copy.\n")
                .returns(builderName)
                .addStatement(copy.build())
                .build());
    }
}
