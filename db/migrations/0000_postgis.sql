-- PostGIS first: every later migration uses geometry(…, 25832). IF NOT EXISTS keeps this
-- safe on a server where an administrator already created the extension.
CREATE EXTENSION IF NOT EXISTS postgis;
