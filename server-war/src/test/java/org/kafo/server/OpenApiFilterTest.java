package org.kafo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class OpenApiFilterTest {

    @Test
    void the_filter_knows_every_resource_of_the_api() {
        // given
        var resources = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kafo.server.resource").stream()
                .filter(c -> c.isAnnotatedWith(Path.class)).map(JavaClass::reflect).toList();

        // then
        assertThat(OpenApiFilter.RESOURCES).containsExactlyInAnyOrderElementsOf(resources);
    }

    @Test
    void an_operation_of_the_document_is_found_by_its_path_and_method() throws NoSuchMethodException {
        assertThat(OpenApiFilter.method("/api/frameworks/{id}/members/{organisation}/departure", "POST").getName())
                .isEqualTo("endMembership");
        assertThat(OpenApiFilter.method("/api/frameworks", "GET").getName()).isEqualTo("list");
        assertThat(OpenApiFilter.method("/api/frameworks", "DELETE")).isNull();
    }

    @Test
    void an_operation_of_a_resource_at_the_root_of_the_api_is_found_too() {
        assertThat(OpenApiFilter.method("/api/cercles/{id}", "GET").getName()).isEqualTo("cercle");
        assertThat(OpenApiFilter.method("/api/cercles", "GET").getName()).isEqualTo("cercles");
        assertThat(OpenApiFilter.method("/api//cercles", "GET")).isNull();
    }
}
