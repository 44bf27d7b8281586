package org.kafo.server;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Sector;
import org.kafo.server.access.Role;
import org.kafo.server.api.Page;
import org.kafo.server.api.Paging;
import org.kafo.server.resource.AccountResource;
import org.kafo.server.resource.CommitteeResource;
import org.kafo.server.resource.FrameworkResource;
import org.kafo.server.resource.HistoryResource;
import org.kafo.server.resource.IndicatorResource;
import org.kafo.server.resource.MeetingResource;
import org.kafo.server.resource.NeedResource;
import org.kafo.server.resource.OrganisationResource;
import org.kafo.server.resource.PingResource;
import org.kafo.server.resource.PlanResource;
import org.kafo.server.resource.PlatformHistoryResource;
import org.kafo.server.resource.RulesResource;
import org.kafo.server.resource.TerritoryResource;

/**
 * Tidies the generated OpenAPI document: the generator writes the zero and false defaults of {@code @Schema}
 * as constraints ({@code maxProperties: 0} would forbid every property); they are removed. And it
 * describes path and query parameters from the resources' Java types, which the generator does not
 * for typed parameters (it writes {@code type: object}) nor for a {@code @BeanParam}'s fields: an
 * identifier is a UUID, a day a date, an enum its constants, paging {@code page} and {@code size}. It
 * also gives what an annotation cannot say its bound from the model: the length of the texts in a list,
 * the values of an enum a request carries as text, the range of days. The web pages' paths, outside
 * {@code /api}, are left out.
 */
public class OpenApiFilter implements OASFilter {

    /** The API's resources, whose methods the document's operations are. */
    static final List<Class<?>> RESOURCES = List.of(AccountResource.class, CommitteeResource.class,
            FrameworkResource.class, HistoryResource.class, IndicatorResource.class, MeetingResource.class,
            NeedResource.class, OrganisationResource.class, PingResource.class, PlanResource.class,
            PlatformHistoryResource.class, RulesResource.class, TerritoryResource.class);

    /** Lists of texts, by schema and property, and the model's limit of each element. */
    private static final Map<String, Map<String, Integer>> ITEM_LENGTHS = Map.of(
            "AdmitMemberRequest", Map.of("sectors", Limits.CODE),
            "ProposeFrameworkRequest", Map.of("prioritySectors", Limits.CODE),
            "RecordDeliberationRequest", Map.of("sectors", Limits.CODE),
            "RegisterOrganisationRequest", Map.of("sectors", Limits.CODE),
            "RegisterCommuneRequest", Map.of("aliases", Limits.NAME),
            "InstallCommitteeRequest", Map.of("duties", Limits.TEXT),
            "ReviseMandateRequest", Map.of("duties", Limits.TEXT));

    /** Enums a request carries as text, by schema and property. */
    private static final Map<String, Map<String, Class<? extends Enum<?>>>> TEXT_ENUMS = Map.of(
            "GrantRequest", Map.of("role", Role.class));

    /** The zero and false defaults of {@code @Schema} that the generator writes as constraints. */
    private static final List<GeneratedDefault<?>> GENERATED_DEFAULTS = List.of(
            new GeneratedDefault<>(0, Schema::getMaxProperties, Schema::setMaxProperties),
            new GeneratedDefault<>(0, Schema::getMinProperties, Schema::setMinProperties),
            new GeneratedDefault<>(0, Schema::getMinLength, Schema::setMinLength),
            new GeneratedDefault<>(0, Schema::getMaxLength, Schema::setMaxLength),
            new GeneratedDefault<>(0, Schema::getMinItems, Schema::setMinItems),
            new GeneratedDefault<>(0, Schema::getMaxItems, Schema::setMaxItems),
            new GeneratedDefault<>(0, Schema::getMinContains, Schema::setMinContains),
            new GeneratedDefault<>(false, Schema::getUniqueItems, Schema::setUniqueItems),
            new GeneratedDefault<>(false, Schema::getReadOnly, Schema::setReadOnly),
            new GeneratedDefault<>(false, Schema::getWriteOnly, Schema::setWriteOnly),
            new GeneratedDefault<>(false, Schema::getDeprecated, Schema::setDeprecated));

    /** A property of a schema and the default value that is removed where the generator wrote it. */
    private record GeneratedDefault<T>(T value, Function<Schema, T> get, BiConsumer<Schema, T> set) {

        void clear(Schema schema) {
            if (value.equals(get.apply(schema))) {
                set.accept(schema, null);
            }
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        boundSchemas(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        // the web pages (org.kafo.server.web) are no part of the API
        List.copyOf(openAPI.getPaths().getPathItems().keySet()).stream()
                .filter(path -> !path.equals("/api") && !path.startsWith("/api/"))
                .forEach(openAPI.getPaths()::removePathItem);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            Method java = method(path, method.name());
            if (java != null) {
                describe(java, operation);
            }
        }));
    }

    private static void boundSchemas(OpenAPI openAPI) {
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

    /** The resource method of {@code /api/...} and an HTTP method, or null. */
    static Method method(String path, String httpMethod) {
        for (Class<?> resource : RESOURCES) {
            String base = join("/api", resource.getAnnotation(jakarta.ws.rs.Path.class).value());
            for (Method method : resource.getMethods()) {
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String full = sub == null ? base : join(base, sub.value());
                if (full.equals(path) && Arrays.stream(method.getAnnotations()).anyMatch(a ->
                        a.annotationType().isAnnotationPresent(HttpMethod.class)
                                && a.annotationType().getAnnotation(HttpMethod.class).value().equals(httpMethod))) {
                    return method;
                }
            }
        }
        return null;
    }

    /** A path and a segment of it, whether the segment is empty (a resource at the root) or not. */
    private static String join(String path, String segment) {
        String stripped = strip(segment);
        return stripped.isEmpty() ? path : path + "/" + stripped;
    }

    private static String strip(String path) {
        String stripped = path.startsWith("/") ? path.substring(1) : path;
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static void describe(Method method, Operation operation) {
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            PathParam path = parameter.getAnnotation(PathParam.class);
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (path != null) {
                parameter(operation, path.value(), org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH,
                        parameter.getType(), null);
            } else if (query != null) {
                parameter(operation, query.value(), org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY,
                        parameter.getType(), null);
            } else if (parameter.getType() == Paging.class && parameter.isAnnotationPresent(BeanParam.class)) {
                parameter(operation, "page", org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY,
                        Integer.class, "the page, from 0");
                parameter(operation, "size", org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY,
                        Integer.class, "items per page, 1 to " + Page.MAX_SIZE + " (default " + Page.DEFAULT_SIZE + ")");
            }
        }
    }

    private static void parameter(Operation operation, String name,
            org.eclipse.microprofile.openapi.models.parameters.Parameter.In in, Class<?> type, String description) {
        org.eclipse.microprofile.openapi.models.parameters.Parameter found = operation.getParameters() == null ? null
                : operation.getParameters().stream().filter(p -> name.equals(p.getName()) && in == p.getIn()).findFirst()
                        .orElse(null);
        if (found == null) {
            found = OASFactory.createParameter().name(name).in(in).required(in
                    == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH).description(description);
            operation.addParameter(found);
        }
        found.setSchema(schema(type));
    }

    static Schema schema(Class<?> type) {
        Schema schema = OASFactory.createSchema();
        if (Identifier.class.isAssignableFrom(type) || type == UUID.class) {
            return schema.addType(Schema.SchemaType.STRING).format("uuid");
        }
        if (type == LocalDate.class) {
            return schema.addType(Schema.SchemaType.STRING).format("date");
        }
        if (type == Boolean.class || type == boolean.class) {
            return schema.addType(Schema.SchemaType.BOOLEAN);
        }
        if (type == Integer.class || type == int.class) {
            return schema.addType(Schema.SchemaType.INTEGER).format("int32");
        }
        if (type.isEnum()) {
            schema.addType(Schema.SchemaType.STRING);
            Arrays.stream(type.getEnumConstants()).forEach(c -> schema.addEnumeration(((Enum<?>) c).name()));
            return schema;
        }
        if (type == Sector.class) {
            return schema.addType(Schema.SchemaType.STRING).pattern("^[a-z0-9]+(-[a-z0-9]+)*$");
        }
        return schema.addType(Schema.SchemaType.STRING);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if ("date".equals(schema.getFormat()) && schema.getDescription() == null) {
            schema.setDescription("A day from " + Limits.FIRST_DAY + " to " + Limits.LAST_DAY + ".");
        }
        GENERATED_DEFAULTS.forEach(d -> d.clear(schema));
        return schema;
    }
}
