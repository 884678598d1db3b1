package io.onex.plugin.generate;

import io.onex.plugin.model.JavaNames;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.onex.plugin.model.SchemaType;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/** One Java enum per string enum of the schemas, with its JSON spelling kept. */
public final class EnumGenerator implements Generator {

    @Override
    public Stream<JavaFile> generate(GenerationModel model) {
        if (!model.options().generateCatalogTypes()) {
            return Stream.empty();
        }
        String pkg = model.options().catalogPackage();
        return new CatalogTypes(model.catalog()).enums().stream().map(e -> file(pkg, e));
    }

    private JavaFile file(String pkg, SchemaType.EnumType type) {
        ClassName self = ClassName.get(pkg, type.javaName());
        TypeSpec.Builder spec = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Runtime.generated(EnumGenerator.class))
                .addJavadoc("$L\n\n<p>Generated from {@code $L}.\n",
                        type.description().isEmpty() ? "Values of {@code " + type.javaName() + "}." : Javadoc.escape(type.description()),
                        Javadoc.origin(type.origin()));
        for (String value : type.values()) {
            spec.addEnumConstant(JavaNames.constant(value),
                    TypeSpec.anonymousClassBuilder("$S", value).addJavadoc("JSON {@code $L}.\n", Javadoc.escape(value)).build());
        }
        String allowed = type.values().stream().collect(Collectors.joining(", "));
        spec.addField(FieldSpec.builder(String.class, "ALLOWED_VALUES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The JSON values, for messages.\n")
                .initializer("$S", allowed)
                .build());
        spec.addField(String.class, "json", Modifier.PRIVATE, Modifier.FINAL);
        spec.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "json")
                .addStatement("this.json = json")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("json")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The value as written in JSON.\n")
                .returns(String.class)
                .addStatement("return json")
                .build());
        MethodSpec.Builder lookup = MethodSpec.methodBuilder("lookup")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The constant for a JSON value, or {@code null} when there is none.\n")
                .addParameter(String.class, "json")
                .returns(self)
                .beginControlFlow("switch (json)");
        for (String value : type.values()) {
            lookup.addStatement("case $S: return $N", value, JavaNames.constant(value));
        }
        lookup.addStatement("default: return null").endControlFlow();
        spec.addMethod(lookup.build());
        spec.addMethod(MethodSpec.methodBuilder("fromJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The constant for a JSON value.\n\n@throws $T when the value is not one of {@link #ALLOWED_VALUES}\n",
                        Runtime.VALIDATION_EXCEPTION)
                .addParameter(String.class, "json")
                .returns(self)
                .addStatement("$T value = lookup(json)", self)
                .beginControlFlow("if (value == null)")
                .addStatement("throw new $T($S, \"enum\", \"unknown value \\\"\" + json + \"\\\"; expected one of \" + ALLOWED_VALUES)",
                        Runtime.VALIDATION_EXCEPTION, type.javaName())
                .endControlFlow()
                .addStatement("return value")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return json")
                .build());
        return JavaFile.builder(pkg, spec.build()).skipJavaLangImports(true).indent("    ").build();
    }
}
