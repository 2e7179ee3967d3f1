-- Server mode (issue 14): when an administrator changes a user's role in the app, the server's group role
-- follows in the same transaction. The server enforces rights only where the app role and the group role
-- agree (sikkerby_session_role(), V11), so without this a changed user would have no rights until IT
-- granted the new group role by hand. Granting needs CREATEROLE, which only the database's owner has: the
-- function runs as its owner (SECURITY DEFINER), and itself lets only an active administrator (or the
-- owner) call it, and only to give a user of this database the group role of their app role.
-- Departments need nothing here: row-level security reads user_department.

CREATE FUNCTION sikkerby_follow_app_role(p_login VARCHAR) RETURNS VARCHAR
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    wanted VARCHAR;
    grp VARCHAR;
BEGIN
    IF sikkerby_session_role() IS DISTINCT FROM 'ADMINISTRATOR' AND NOT sikkerby_is_owner() THEN
        RAISE EXCEPTION 'sikkerby: only an administrator changes the group roles of users' USING ERRCODE = '42501';
    END IF;
    SELECT CASE user_role WHEN 'ADMINISTRATOR' THEN 'sikkerby_admin' WHEN 'REVIEWER' THEN 'sikkerby_reviewer'
                          ELSE 'sikkerby_coordinator' END
      INTO wanted FROM app_user WHERE login = p_login;
    IF wanted IS NULL THEN
        RAISE EXCEPTION 'sikkerby: % is no user of this database', p_login USING ERRCODE = '42704';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND rolcanlogin AND NOT rolsuper) THEN
        -- a user moved from a file who has no login yet: user-add grants the group role when it makes one
        RETURN NULL;
    END IF;
    FOREACH grp IN ARRAY ARRAY['sikkerby_admin', 'sikkerby_reviewer', 'sikkerby_coordinator'] LOOP
        IF grp <> wanted AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                                     JOIN pg_roles u ON u.oid = m.member
                                     WHERE g.rolname = grp AND u.rolname = p_login) THEN
            EXECUTE format('REVOKE %I FROM %I', grp, p_login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', wanted, p_login);
    RETURN wanted;
END $$;
