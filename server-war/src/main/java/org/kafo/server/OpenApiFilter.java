package org.kafo.server;

import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.server.access.Role;

/**
 * Tidies the generated OpenAPI document: the generator writes the zero and false defaults of {@code @Schema}
 * as constraints ({@code maxProperties: 0} would forbid every property); they are removed. It also gives
 * what an annotation cannot say its bound from the model: the length of the texts in a list, the values
 * of an enum a request carries as text, the range of days.
 */
public class OpenApiFilter implements OASFilter {

    /** Lists of texts, by schema and property, and the model's limit of each element. */
    private static final Map<String, Map<String, Integer>> ITEM_LENGTHS = Map.of(
            "AdmitMemberRequest", Map.of("sectors", Limits.CODE),
            "ProposeFrameworkRequest", Map.of("prioritySectors", Limits.CODE),
            "RegisterOrganisationRequest", Map.of("sectors", Limits.CODE),
            "RegisterCommuneRequest", Map.of("aliases", Limits.NAME),
            "InstallCommitteeRequest", Map.of("duties", Limits.TEXT),
            "ReviseMandateRequest", Map.of("duties", Limits.TEXT));

    /** Enums a request carries as text, by schema and property. */
    private static final Map<String, Map<String, Class<? extends Enum<?>>>> TEXT_ENUMS = Map.of(
            "GrantRequest", Map.of("role", Role.class));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        ITEM_LENGTHS.forEach((name, properties) -> properties.forEach((property, length) -> {
            Schema list = property(schemas, name, property);
            if (list != null && list.getItems() != null) {
                list.getItems().setMaxLength(length);
            }
        }));
        TEXT_ENUMS.forEach((name, properties) -> properties.forEach((property, type) -> {
            Schema text = property(schemas, name, property);
            if (text != null) {
                text.setEnumeration(Arrays.stream(type.getEnumConstants()).<Object>map(Enum::name).toList());
            }
        }));
    }

    private static Schema property(Map<String, Schema> schemas, String name, String property) {
        Schema schema = schemas.get(name);
        return schema == null || schema.getProperties() == null ? null : schema.getProperties().get(property);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if ("date".equals(schema.getFormat()) && schema.getDescription() == null) {
            schema.setDescription("A day from " + Limits.FIRST_DAY + " to " + Limits.LAST_DAY + ".");
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxLength())) {
            schema.setMaxLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxItems())) {
            schema.setMaxItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinContains())) {
            schema.setMinContains(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }
}
