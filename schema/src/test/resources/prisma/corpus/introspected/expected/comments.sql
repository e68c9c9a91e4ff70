CREATE FUNCTION pg_temp.doc(s text, t text, c text, d text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF c IS NULL THEN
    EXECUTE format('COMMENT ON %s %I.%I IS %L',
                   CASE (SELECT relkind FROM pg_class WHERE oid = format('%I.%I', s, t)::regclass) WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END,
                   s, t, d);
  ELSE
    EXECUTE format('COMMENT ON COLUMN %I.%I.%I IS %L', s, t, c, d);
  END IF;
END $$;
CREATE FUNCTION pg_temp.type_doc(t text, d text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('COMMENT ON TYPE %I.%I IS %L',
                 (SELECT n.nspname FROM pg_type y JOIN pg_namespace n ON n.oid = y.typnamespace
                  WHERE y.typname = t AND y.typtype = 'e'), t, d);
END $$;
SELECT pg_temp.doc('public', 'courses', NULL, 'Courses; a course belongs to an organization or is public when organization_id is null.');
