-- What would stop netboot6 schema 6 (unique keys among live rows): one row per value that live rows share.
-- Run by the migration before it adds the keys, and by the upgrade preflight while schema 6 is pending.
-- Columns: what (a phrase), duplicate (the shared value), copies (how many live rows share it).
SELECT 'boot networks with the name' AS what, CONVERT(name USING utf8mb4) AS duplicate, COUNT(*) AS copies
  FROM netboot6_network WHERE removed IS NULL GROUP BY name HAVING COUNT(*) > 1
UNION ALL
SELECT 'boot networks with the prefix', CONVERT(prefix USING utf8mb4), COUNT(*)
  FROM netboot6_network WHERE removed IS NULL GROUP BY prefix HAVING COUNT(*) > 1
UNION ALL
SELECT 'profiles with the name', CONVERT(name USING utf8mb4), COUNT(*)
  FROM netboot6_profile WHERE removed IS NULL GROUP BY name HAVING COUNT(*) > 1
UNION ALL
SELECT 'hosts of a network (network/host) with the name', CONVERT(CONCAT(MIN(n.name), '/', h.hostname) USING utf8mb4),
       COUNT(*)
  FROM netboot6_host h JOIN netboot6_network n ON n.id = h.network_id
  WHERE h.removed IS NULL GROUP BY h.network_id, h.hostname HAVING COUNT(*) > 1
