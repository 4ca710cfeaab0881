package com.mentorplatform.api.synthetic;

/**
 * Helpers of the generator's transaction, created in its session's own temporary schema (nothing is
 * added to the platform's schema): hash-based random numbers and ids, so the same seed always draws
 * the same history whatever plan PostgreSQL picks, and job titles by department and level.
 */
final class Functions {

    /** The seed and tenant the helpers read, bound for this transaction only. */
    static final String BIND = """
            SELECT set_config('synthetic.seed', CAST(:seed AS text), true),
                   set_config('synthetic.tenant', CAST(:tenant AS text), true)""";

    static final String CREATE = """
            CREATE OR REPLACE FUNCTION pg_temp.rnd(salt text, k bigint) RETURNS float8 LANGUAGE sql STABLE AS $$
                SELECT (hashtext(current_setting('synthetic.seed') || '/' || salt || '/' || k) & 2147483647)::float8
                       / 2147483648.0
            $$;
            CREATE OR REPLACE FUNCTION pg_temp.uid(salt text, k bigint) RETURNS uuid LANGUAGE sql STABLE AS $$
                SELECT md5(current_setting('synthetic.tenant') || '/' || current_setting('synthetic.seed') || '/'
                           || salt || '/' || k)::uuid
            $$;
            CREATE OR REPLACE FUNCTION pg_temp.score5(salt text, k bigint, match numeric, early boolean) RETURNS int
                LANGUAGE sql STABLE AS $$
                SELECT least(5, greatest(1, round(1.4 + 3.2 * match + (pg_temp.rnd(salt, k) - 0.5) * 2.4
                                                  - CASE WHEN early THEN 0.8 ELSE 0 END)))::int
            $$;
            CREATE OR REPLACE FUNCTION pg_temp.child(parent uuid, salt text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
                SELECT md5(parent::text || '/' || salt)::uuid
            $$;
            CREATE OR REPLACE FUNCTION pg_temp.pick(items text[], r float8) RETURNS text LANGUAGE sql IMMUTABLE AS $$
                SELECT items[1 + floor(r * cardinality(items))::int]
            $$;
            CREATE OR REPLACE FUNCTION pg_temp.title(department text, level int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
                SELECT CASE level WHEN 1 THEN 'Associate ' || role WHEN 2 THEN role WHEN 3 THEN 'Senior ' || role
                                  WHEN 4 THEN 'Lead ' || role WHEN 5 THEN 'Principal ' || role
                                  ELSE 'Director, ' || department END
                FROM (SELECT CASE department WHEN 'Engineering' THEN 'Software Engineer'
                                             WHEN 'Product' THEN 'Product Manager'
                                             WHEN 'Sales' THEN 'Account Executive'
                                             WHEN 'Marketing' THEN 'Marketing Specialist'
                                             WHEN 'Finance' THEN 'Financial Analyst'
                                             WHEN 'People' THEN 'People Partner'
                                             ELSE 'Operations Specialist' END AS role) r
            $$""";

    private Functions() {
    }
}
