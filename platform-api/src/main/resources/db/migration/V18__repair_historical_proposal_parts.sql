-- Proposals written by the synthetic history before it was corrected kept their score parts as an empty
-- object; every other proposal keeps a list, which is what the API documents and the console reads.
-- (Runs where the migrating user may read every tenant's rows, as the demo's embedded database does; under
-- forced row-level security elsewhere it finds nothing, and nothing else ever wrote an object here.)
UPDATE matching_proposals SET parts = '[]'::jsonb WHERE jsonb_typeof(parts) = 'object';
