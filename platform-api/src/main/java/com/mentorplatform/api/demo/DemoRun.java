package com.mentorplatform.api.demo;

import com.mentorplatform.api.security.Caller;
import io.micronaut.validation.validator.Validator;
import jakarta.validation.ConstraintViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One tenant's seeding: the demo admin every change is made as, the day it happens, and random
 * numbers seeded from the tenant's slug so the same slug always gets the same data.
 */
record DemoRun(Caller admin, LocalDate today, Random random, Validator validator) {

    /**
     * The request, after the Bean Validation a controller would run on it: the services check
     * only their own rules, and demo data must pass everything a user's request passes.
     */
    <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Invalid demo " + request.getClass().getSimpleName() + ": "
                    + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .collect(Collectors.joining(", ")));
        }
        return request;
    }

    /** A whole number in [from, to]. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** Whether a one-in-{@code n} chance came up. */
    boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** {@code count} different items, in random order. */
    <T> List<T> pickDistinct(List<T> items, int count) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }
}
