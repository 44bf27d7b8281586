package org.kafo.server.resource;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.common.Identifier;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Caller;
import org.kafo.server.access.Permission;
import org.kafo.server.api.AccountRequests;
import org.kafo.server.api.AccountView;
import org.kafo.server.api.Page;
import org.kafo.server.api.Paging;
import org.kafo.server.api.Problem;
import org.kafo.server.signin.AccountService;
import org.kafo.server.signin.Accounts;
import org.kafo.server.signin.KafoAuthentication;

/**
 * Signing in and accounts: tokens for whoever signs in with a password, one's own account and
 * password, and the administrator's management of accounts and roles.
 */
@Path("")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccessPolicy access;

    @Inject
    AccountService service;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @POST
    @Path("auth/tokens")
    @Operation(summary = "Sign in (HTTP Basic) and receive a token to send as 'Authorization: Bearer <token>'")
    @APIResponse(responseCode = "201", description = "The token and when it expires",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountRequests.Token.class)))
    @APIResponse(responseCode = "401", description = "No credentials, or wrong ones (the same answer for an unknown user,"
            + " a wrong password and a disabled account)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins for the account or from the address:"
            + " not checked; try again after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response signIn() {
        String username = access.signedIn().username();
        return Response.status(Response.Status.CREATED).entity(service.issueToken(username)).build();
    }

    @DELETE
    @Path("auth/tokens/current")
    @Operation(summary = "Sign out: the bearer token of this request stops working")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response signOut() {
        access.signedIn();
        Object digest = request.getAttribute(KafoAuthentication.TOKEN_DIGEST);
        if (digest != null) {
            service.revokeToken(digest.toString());
        }
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @Operation(summary = "Who I am: my account and my roles")
    public AccountView me() {
        return service.view(access.signedIn().username());
    }

    @POST
    @Path("me/password")
    @Operation(summary = "Change my password, giving the current one; my tokens stop working; written in the history"
            + " (never the password)")
    @APIResponse(responseCode = "204", description = "Changed")
    public Response changeMyPassword(AccountRequests.ChangePassword change) {
        access.require(Permission.CHANGE_OWN_PASSWORD);
        service.changeOwnPassword(access.signedIn().username(), change, caller);
        return Response.noContent().build();
    }

    @GET
    @Path("users")
    @Operation(summary = "Accounts, by name (the administrator)")
    public Page<AccountView> users(@BeanParam Paging pages) {
        access.require(Permission.MANAGE_ACCOUNTS);
        Page<Accounts.Account> found = accounts.accounts(pages.request());
        List<AccountView> views = found.items().stream().map(a -> service.view(a.username())).toList();
        return new Page<>(views, found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    @POST
    @Path("users")
    @Operation(summary = "Create an account (the administrator); the password is kept only as a PBKDF2 hash; written in"
            + " the history outside any framework")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createUser(AccountRequests.CreateAccount account) {
        access.require(Permission.MANAGE_ACCOUNTS);
        AccountView created = service.create(Resources.body(account), caller);
        return Response.created(uri.getBaseUriBuilder().path("users").path(created.username()).build()).entity(created)
                .build();
    }

    @GET
    @Path("users/{username}")
    @Operation(summary = "An account and its roles (the administrator)")
    public AccountView user(@PathParam("username") String username) {
        access.require(Permission.MANAGE_ACCOUNTS);
        return service.view(username);
    }

    @POST
    @Path("users/{username}/password")
    @Operation(summary = "Set a new password (the administrator); the account's tokens stop working; written in the"
            + " history (never the password)")
    @APIResponse(responseCode = "204", description = "Set")
    public Response resetPassword(@PathParam("username") String username, AccountRequests.ChangePassword change) {
        access.require(Permission.MANAGE_ACCOUNTS);
        service.resetPassword(username, change, caller);
        return Response.noContent().build();
    }

    @POST
    @Path("users/{username}/disablement")
    @Operation(summary = "Disable an account (the administrator): it cannot sign in, its tokens stop working at once;"
            + " written in the history of its frameworks")
    @APIResponse(responseCode = "200", description = "Disabled (or already so): the account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "Administrators do not disable their own account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountView disable(@PathParam("username") String username) {
        access.require(Permission.MANAGE_ACCOUNTS);
        return service.disable(username, true, caller);
    }

    @POST
    @Path("users/{username}/enablement")
    @Operation(summary = "Enable a disabled account again (the administrator): it signs in afresh, its old tokens stay ended")
    @APIResponse(responseCode = "200", description = "Enabled (or already so): the account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    public AccountView enable(@PathParam("username") String username) {
        access.require(Permission.MANAGE_ACCOUNTS);
        return service.disable(username, false, caller);
    }

    @GET
    @Path("users/{username}/grants")
    @Operation(summary = "The account's roles (the administrator)")
    public List<AccountView.GrantView> grants(@PathParam("username") String username) {
        access.require(Permission.MANAGE_ACCOUNTS);
        return service.grants(username);
    }

    @POST
    @Path("users/{username}/grants")
    @Operation(summary = "Give a role in one framework, or in every framework of a commune (the administrator); written in the framework's history")
    @APIResponse(responseCode = "201", description = "Given")
    public Response grant(@PathParam("username") String username, AccountRequests.GrantRole grant) {
        access.require(Permission.MANAGE_ACCOUNTS);
        AccountView.GrantView given = service.grant(username, Resources.body(grant), caller);
        return Response.created(uri.getBaseUriBuilder().path("users").path(username).path("grants")
                .path(given.id().toString()).build()).entity(given).build();
    }

    @DELETE
    @Path("users/{username}/grants/{grant}")
    @Operation(summary = "Take a role back (the administrator); written in the framework's history")
    @APIResponse(responseCode = "204", description = "Taken back")
    public Response revoke(@PathParam("username") String username, @PathParam("grant") String grant) {
        access.require(Permission.MANAGE_ACCOUNTS);
        UUID id = Identifier.parse(grant);
        service.revoke(username, id, caller);
        return Response.noContent().build();
    }
}
