package org.kafo.server.signin;

import jakarta.inject.Inject;
import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The application's server authentication module (Jakarta Authentication), registered for it when
 * it starts: before each request the container asks it who the caller is, and it asks the
 * {@link KafoAuthentication}, then tells the container the caller's name and groups (or that the
 * request is anonymous) as Jakarta Security's own bridge would. That bridge looked the CDI bean
 * manager up in JNDI twice on every request, signed in or not (a new {@code InitialContext} each
 * time, through synchronized methods of the naming service and of Weld); this module holds the
 * mechanism it was given once, at the start.
 */
@WebListener
public class SignInModule implements ServletContextListener {

    @Inject
    KafoAuthentication authentication;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AuthConfigFactory.getFactory().registerServerAuthModule(new Module(authentication), event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
    }

    /** What the container calls for each request of the application. */
    static final class Module implements ServerAuthModule {

        private final KafoAuthentication authentication;
        private CallbackHandler container;

        Module(KafoAuthentication authentication) {
            this.authentication = authentication;
        }

        @Override
        public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
                @SuppressWarnings("rawtypes") Map options) {
            this.container = handler;
        }

        @Override
        public Class<?>[] getSupportedMessageTypes() {
            return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
        }

        /** Always goes on: a refused or missing sign-in is the {@link AccessFilter}'s to answer. */
        @Override
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
            Optional<CredentialValidationResult> caller = authentication.signIn((HttpServletRequest) message.getRequestMessage());
            if (caller.isPresent()) {
                CredentialValidationResult result = caller.get();
                CallerPrincipal principal = new CallerPrincipal(result.getCallerPrincipal().getName());
                tell(result.getCallerGroups().isEmpty() ? new Callback[] {new CallerPrincipalCallback(client, principal)}
                        : new Callback[] {new CallerPrincipalCallback(client, principal),
                                new GroupPrincipalCallback(client, result.getCallerGroups().toArray(String[]::new))});
            } else {
                tell(new Callback[] {new CallerPrincipalCallback(client, (String) null)});
            }
            return AuthStatus.SUCCESS;
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) {
            return AuthStatus.SEND_SUCCESS;
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) {
            if (subject != null) {
                subject.getPrincipals().clear();
            }
        }

        private void tell(Callback[] callbacks) throws AuthException {
            try {
                container.handle(callbacks);
            } catch (IOException | UnsupportedCallbackException e) {
                throw (AuthException) new AuthException("The container did not take the caller").initCause(e);
            }
        }
    }
}
