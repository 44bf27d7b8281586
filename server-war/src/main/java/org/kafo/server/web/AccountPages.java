package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.server.access.Caller;
import org.kafo.server.access.SignInRequiredException;
import org.kafo.server.api.AccountRequests;
import org.kafo.server.signin.AccountService;

/** One's own account: changing one's password (the account's other sessions end, this one goes on afresh). */
@Path("account")
@Produces(Pages.HTML)
public class AccountPages extends Pages {

    @Inject
    AccountService accounts;

    @Inject
    Sessions sessions;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @GET
    public Response account(@QueryParam("changed") String changed) {
        access.signedIn();
        return page("account.jte", "account.title", "error", "", "done", changed != null);
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@FormParam("current") String current, @FormParam("password") String password) {
        String username = access.signedIn().username();
        try {
            accounts.changeOwnPassword(username, new AccountRequests.ChangePassword(current, password), caller);
        } catch (SignInRequiredException e) {
            return page(400, "account.jte", "account.title", "error", "account.current-wrong", "done", Boolean.FALSE);
        } catch (InvariantViolationException e) {
            return page(400, "account.jte", "account.title", "error", "account.password-weak", "done", Boolean.FALSE);
        }
        return sessions.start(username, "/account?changed", request.isSecure());
    }
}
