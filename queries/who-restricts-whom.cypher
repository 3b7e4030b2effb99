// description: Who restricts whom: restrictive relations (restricts, bans, sanctions, blocks, limits, tariffs…), strongest first; negated claims left out.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) =~ '.*(RESTRICT|BAN|SANCTION|BLOCK|PROHIBIT|LIMIT|CURB|EMBARGO|TARIFF|BLACKLIST|EXCLUDE|CONTROL).*'
  AND r.modality <> 'negated'
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.modality AS modality,
       r.weight AS weight, r.confidence AS confidence, r.attribution AS attribution, r.docs AS docs
ORDER BY weight DESC, confidence DESC, subject, relation, object
