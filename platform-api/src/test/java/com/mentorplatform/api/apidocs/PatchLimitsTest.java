package com.mentorplatform.api.apidocs;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merge patch record ({@code XPatch}) only documents a PATCH body: the merged result is validated as the route's
 * request ({@code XRequest}). Each limit the patch states for a field must therefore be the request's own, or the
 * OpenAPI document promises what the API refuses (or the other way round).
 */
class PatchLimitsTest {

    @Test
    void every_patch_documents_the_limits_its_request_enforces() {
        List<JavaClass> patches = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("com.mentorplatform.api").stream()
                .filter(c -> c.getSimpleName().endsWith("Patch") && c.reflect().isRecord()).toList();
        List<String> drifts = new ArrayList<>();
        int compared = 0;
        for (JavaClass patch : patches) {
            Optional<Class<?>> request = sibling(patch.reflect(), "Request");
            if (request.isEmpty()) {
                continue;
            }
            for (RecordComponent component : patch.reflect().getRecordComponents()) {
                Optional<Field> requestField = field(request.get(), component.getName());
                if (requestField.isEmpty()) {
                    continue;
                }
                compared++;
                Map<String, Object> patchLimits = limits(field(patch.reflect(), component.getName()).orElseThrow());
                Map<String, Object> requestLimits = limits(requestField.get());
                if (!patchLimits.equals(requestLimits)) {
                    drifts.add(patch.getSimpleName() + "." + component.getName() + " " + patchLimits + " but "
                            + request.get().getSimpleName() + " " + requestLimits);
                }
            }
        }
        assertThat(compared).as("fields compared between patches and their requests").isGreaterThan(50);
        assertThat(drifts).isEmpty();
    }

    /**
     * The limits a field states: its maximum length, its bounds, whether it is an e-mail or follows a pattern. A
     * minimum length is left out: a patch says {@code min = 1} where its request says {@code @NotBlank}.
     */
    private static Map<String, Object> limits(Field field) {
        Map<String, Object> limits = new LinkedHashMap<>();
        Optional.ofNullable(field.getAnnotation(Size.class)).ifPresent(s -> limits.put("size.max", s.max()));
        Optional.ofNullable(field.getAnnotation(Min.class)).ifPresent(m -> limits.put("min", m.value()));
        Optional.ofNullable(field.getAnnotation(Max.class)).ifPresent(m -> limits.put("max", m.value()));
        Optional.ofNullable(field.getAnnotation(DecimalMin.class)).ifPresent(m -> limits.put("decimalMin", m.value()));
        Optional.ofNullable(field.getAnnotation(DecimalMax.class)).ifPresent(m -> limits.put("decimalMax", m.value()));
        Optional.ofNullable(field.getAnnotation(Email.class)).ifPresent(e -> limits.put("email", true));
        Optional.ofNullable(field.getAnnotation(Pattern.class)).ifPresent(p -> limits.put("pattern", p.regexp()));
        return limits;
    }

    private static Optional<Class<?>> sibling(Class<?> patch, String suffix) {
        String name = patch.getName().substring(0, patch.getName().length() - "Patch".length()) + suffix;
        try {
            return Optional.of(Class.forName(name));
        } catch (ClassNotFoundException none) {
            return Optional.empty();
        }
    }

    private static Optional<Field> field(Class<?> type, String name) {
        try {
            return Optional.of(type.getDeclaredField(name));
        } catch (NoSuchFieldException none) {
            return Optional.empty();
        }
    }
}
