package com.mentorplatform.api.operator;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.tenancy.TenantKind;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumSet;

/**
 * A production start has no demo accounts, so the first operator comes from configuration:
 * with {@code PLATFORM_OPERATOR_EMAIL} and {@code PLATFORM_OPERATOR_PASSWORD} set, the operators'
 * tenant (slug {@code platform}) and that operator are created once, if the tenant does not exist.
 */
@Singleton
@Requires(property = "platform.operator.email")
@Requires(property = "platform.operator.password")
class OperatorBootstrap {

    static final String PLATFORM_SLUG = "platform";
    private static final Logger LOG = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final TenantOnboarding onboarding;
    private final Tenants tenants;
    private final String email;
    private final String password;

    OperatorBootstrap(TenantOnboarding onboarding, Tenants tenants,
                      @Value("${platform.operator.email}") String email,
                      @Value("${platform.operator.password}") String password) {
        this.onboarding = onboarding;
        this.tenants = tenants;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (tenants.findBySlug(PLATFORM_SLUG).isPresent()) {
            return;
        }
        onboarding.onboard(PLATFORM_SLUG, "Platform operations", TenantKind.PLATFORM,
                new TenantOnboarding.FirstPerson(email, "Platform operator", password, EnumSet.of(Role.PLATFORM_OPERATOR)),
                null);
        LOG.info("Created the operators' tenant '{}' with operator {}", PLATFORM_SLUG, email);
    }
}
