package io.dompet.adapter.web;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoints that provoke each kind of problem. */
@RestController
@RequestMapping("/api/test")
class ProbeController {

    /** A full number inside an internal error message, to show it never reaches the client. */
    static final String INTERNAL_SECRET = "jdbc:postgresql://db.internal/dompet?password=hunter2";

    record ProbeRequest(
            @NotBlank String reference,
            @NotNull @Positive Integer quantity,
            PhoneNumber customerNumber,
            Money amount) {
    }

    @PostMapping(path = "/probes", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> createProbe(@Valid @RequestBody ProbeRequest request) {
        return Map.of(
                "reference", request.reference(),
                "customerNumber", request.customerNumber(),
                "amount", request.amount());
    }

    @GetMapping("/pages")
    Map<String, Object> page(@RequestParam("size") @Min(1) @Max(100) int size) {
        return Map.of("size", size);
    }

    @GetMapping("/failure")
    Map<String, Object> fail() {
        throw new IllegalStateException("connection refused: " + INTERNAL_SECRET);
    }

    @GetMapping("/conflict")
    Map<String, Object> conflict() {
        throw new ProblemException(ProblemType.CONFLICT, "The idempotency key was used with a different request.");
    }
}
