package org.kafo.samples.restclient;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WireTest {

    @Test
    void requests_leave_out_null_fields_and_write_days_and_ids_as_the_server_reads_them() throws Exception {
        // given
        UUID commune = UUID.fromString("3a0f6f58-3c1d-4a5f-8d2f-2f1a7b9e0c11");
        Wire.OrganisationRequest request = new Wire.OrganisationRequest("Mairie", null, "MUNICIPALITY", commune,
                List.of(), null, LocalDate.of(2008, 1, 15));

        // when
        String json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(request);
        }

        // then
        assertThat(json).contains("\"commune\":\"3a0f6f58-3c1d-4a5f-8d2f-2f1a7b9e0c11\"", "\"on\":\"2008-01-15\"",
                "\"kind\":\"MUNICIPALITY\"").doesNotContain("acronym", "members");
    }

    @Test
    void answers_and_problems_are_read_with_the_fields_the_client_does_not_know_ignored() throws Exception {
        // given
        String answer = """
                {"events": [{"type": "plan.adopted"}], "result": {"actions": [{"id": "c0ffee00-0c1d-4a5f-8d2f-2f1a7b9e0c44",
                 "title": "PIV"}], "cycle": 1, "id": "3a0f6f58-3c1d-4a5f-8d2f-2f1a7b9e0c11", "inForce": true, "version": 1},
                 "verdicts": [{"facts": {"action": "PIV"}, "message": "...", "messageKey": "PLAN-7.not-in-pdesc",
                 "ruleId": "PLAN-7", "severity": "WARNING"}]}""";
        String problem = """
                {"code": "rules-refused", "detail": "...", "instance": "/api/frameworks/x/establishment", "status": 422,
                 "title": "Refused", "type": "urn:kafo:problem:rules-refused",
                 "verdicts": [{"ruleId": "EST-1", "severity": "BLOCKING", "messageKey": "EST-1.no-deliberation"}]}""";

        // when
        Wire.Answer read;
        Wire.Problem refused;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            read = jsonb.fromJson(answer, Wire.Answer.class);
            refused = jsonb.fromJson(problem, Wire.Problem.class);
        }

        // then
        assertThat(read.result().cycle()).isEqualTo(1);
        assertThat(read.result().actions()).hasSize(1);
        assertThat(read.verdicts()).extracting(Wire.Verdict::ruleId).containsExactly("PLAN-7");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.verdicts()).extracting(Wire.Verdict::severity).containsExactly("BLOCKING");
    }
}
