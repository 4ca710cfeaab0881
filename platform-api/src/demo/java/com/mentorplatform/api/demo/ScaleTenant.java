package com.mentorplatform.api.demo;

import com.mentorplatform.api.Application;
import com.mentorplatform.api.auth.Accounts;
import com.mentorplatform.api.database.DatabaseChoice;
import com.mentorplatform.api.database.DatabaseChooser;
import com.mentorplatform.api.database.Migrations;
import com.mentorplatform.api.people.PeopleService;
import com.mentorplatform.api.people.PersonRequest;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.seeding.DemoOnboarding;
import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.synthetic.HistoryGenerator;
import com.mentorplatform.api.synthetic.HistoryReport;
import com.mentorplatform.api.synthetic.HistoryShape;
import com.mentorplatform.api.tenancy.TenantKind;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.validation.validator.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The scale command ({@code infra/scripts/generate-scale-tenant.sh}): creates a tenant with an admin and a
 * leader login (the demo password), the demo's competency framework, and {@code --people} people with
 * {@code --years} of cohorts and their work, on the database the API would choose ({@code PLATFORM_DB_URL},
 * else the embedded one). Logs the time and rows of each phase.
 *
 * <p>Options (defaults in brackets): {@code --slug} [scale], {@code --people} [100000], {@code --years} [5],
 * {@code --cohorts-per-year} [4], {@code --mentees} per cohort [545], {@code --seed} [1].
 */
public final class ScaleTenant {

    private static final Logger LOG = LoggerFactory.getLogger(ScaleTenant.class);

    private ScaleTenant() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        String slug = options.getOrDefault("slug", "scale");
        DatabaseChoice database = new DatabaseChooser(System.getenv()).choose();
        Migrations.apply(database);
        try (ApplicationContext context = ApplicationContext.builder(Application.class)
                .properties(database.poolProperties()).singletons(database).start()) {
            if (context.getBean(Tenants.class).findBySlug(slug).isPresent()) {
                LOG.error("A tenant '{}' already exists: choose another --slug", slug);
                return;
            }
            long started = System.nanoTime();
            UUID adminId = createTenant(context, slug);
            long tenantMillis = (System.nanoTime() - started) / 1_000_000;
            int years = Integer.parseInt(options.getOrDefault("years", "5"));
            int perYear = Integer.parseInt(options.getOrDefault("cohorts-per-year", "4"));
            LocalDate today = LocalDate.now();
            HistoryShape shape = new HistoryShape(Long.parseLong(options.getOrDefault("seed", "1")),
                    Integer.parseInt(options.getOrDefault("people", "100000")), 10, years * perYear, perYear,
                    Integer.parseInt(options.getOrDefault("mentees", "545")), 30, 7, today, today.minusDays(30),
                    slug + ".example", "Career Mentoring", adminId);
            UUID tenantId = context.getBean(Tenants.class).findBySlug(slug).orElseThrow().id();
            HistoryReport report = context.getBean(HistoryGenerator.class).generate(tenantId, shape);
            LOG.info("Tenant '{}' with its logins and framework: {} ms", slug, tenantMillis);
            report.phases().forEach(p -> LOG.info("{}: {} ms, rows {}", p.name(), p.millis(), p.rows()));
            LOG.info("Generated in {} ms ({} ms in all); sign in to '{}' as admin@{}.example or leader@{}.example, "
                    + "password {}", report.millis(), (System.nanoTime() - started) / 1_000_000, slug, slug, slug,
                    DemoWorld.PASSWORD);
        }
    }

    /** The tenant, its admin, a leader, and the demo's competency framework; answers the admin's id. */
    private static UUID createTenant(ApplicationContext context, String slug) {
        Caller admin = context.getBean(DemoOnboarding.class).onboard(slug, "Scale test " + slug,
                TenantKind.CUSTOMER, "admin@" + slug + ".example", "Avery Admin",
                EnumSet.of(Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER));
        UUID tenantId = admin.tenantId();
        LocalDate today = LocalDate.now();
        context.getBean(TenantScope.class).write(tenantId, () -> {
            UUID leader = context.getBean(PeopleService.class).createInOpenTransaction(tenantId, new PersonRequest(
                    "leader@" + slug + ".example", "Lee Leader", "Executive", "London", "Chief People Officer", 6,
                    null, today.minusYears(6), null), null);
            context.getBean(Accounts.class).createInOpenTransaction(tenantId, leader, DemoWorld.PASSWORD,
                    EnumSet.of(Role.LEADER), null);
            return leader;
        });
        context.getBean(DemoStep.class, Qualifiers.byName("framework")).seed(new DemoWorld(admin, today,
                new Random(slug.hashCode()), context.getBean(Validator.class)));
        return admin.personId();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Options are --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
