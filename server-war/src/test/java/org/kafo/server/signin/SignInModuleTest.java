package org.kafo.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import org.junit.jupiter.api.Test;

class SignInModuleTest {

    private final List<Callback> told = new ArrayList<>();

    @Test
    void a_caller_signed_in_is_told_to_the_container_with_its_groups() throws Exception {
        Subject client = new Subject();

        AuthStatus status = module(Optional.of(new CredentialValidationResult("admin",
                Set.of(KafoIdentityStore.ADMINISTRATORS)))).validateRequest(message(), client, null);

        assertThat(status).isEqualTo(AuthStatus.SUCCESS);
        assertThat(told).hasSize(2);
        CallerPrincipalCallback caller = (CallerPrincipalCallback) told.get(0);
        assertThat(caller.getSubject()).isSameAs(client);
        assertThat(caller.getPrincipal().getName()).isEqualTo("admin");
        GroupPrincipalCallback groups = (GroupPrincipalCallback) told.get(1);
        assertThat(groups.getGroups()).containsExactly(KafoIdentityStore.ADMINISTRATORS);
    }

    @Test
    void a_caller_without_groups_is_told_alone() throws Exception {
        module(Optional.of(new CredentialValidationResult("dioro.mairie"))).validateRequest(message(), new Subject(), null);

        assertThat(told).singleElement().isInstanceOfSatisfying(CallerPrincipalCallback.class,
                caller -> assertThat(caller.getPrincipal().getName()).isEqualTo("dioro.mairie"));
    }

    @Test
    void a_request_signed_in_as_nobody_goes_on_anonymous() throws Exception {
        AuthStatus status = module(Optional.empty()).validateRequest(message(), new Subject(), null);

        // the access filter, not the container, answers a refused or missing sign-in
        assertThat(status).isEqualTo(AuthStatus.SUCCESS);
        assertThat(told).singleElement().isInstanceOfSatisfying(CallerPrincipalCallback.class, caller -> {
            assertThat(caller.getPrincipal()).isNull();
            assertThat(caller.getName()).isNull();
        });
    }

    @Test
    void the_answer_goes_out_as_it_is_and_the_subject_is_emptied_after() throws Exception {
        SignInModule.Module module = module(Optional.empty());
        Subject subject = new Subject();
        subject.getPrincipals().add((Principal) () -> "someone");

        assertThat(module.secureResponse(message(), subject)).isEqualTo(AuthStatus.SEND_SUCCESS);
        module.cleanSubject(message(), subject);

        assertThat(subject.getPrincipals()).isEmpty();
        assertThat(module.getSupportedMessageTypes()).contains(HttpServletRequest.class);
    }

    private SignInModule.Module module(Optional<CredentialValidationResult> result) {
        KafoAuthentication authentication = new KafoAuthentication() {
            @Override
            public Optional<CredentialValidationResult> signIn(HttpServletRequest request) {
                return result;
            }
        };
        SignInModule.Module module = new SignInModule.Module(authentication);
        module.initialize(null, null, callbacks -> told.addAll(List.of(callbacks)), Map.of());
        return module;
    }

    private static MessageInfo message() {
        return new MessageInfo() {
            private final Map<String, Object> map = new HashMap<>();

            @Override
            public Object getRequestMessage() {
                return null;
            }

            @Override
            public Object getResponseMessage() {
                return null;
            }

            @Override
            public void setRequestMessage(Object request) {
            }

            @Override
            public void setResponseMessage(Object response) {
            }

            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            public Map getMap() {
                return map;
            }
        };
    }
}
