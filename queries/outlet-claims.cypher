// description: Every claim a given outlet reported ($outlet: name, alias, Korean name or id), whether the outlet published the document or the claim is attributed to it.
MATCH (c:Claim)-[:STATED_IN]->(t:Sentence)-[:PART_OF]->(d:Document)
WHERE toLower(coalesce(d.source, '')) = toLower($outlet)
   OR toLower(coalesce(c.attribution, '')) = toLower($outlet)
   OR c.attribution_id = $outlet
   OR EXISTS {
        MATCH (c)-[:ATTRIBUTED_TO]->(a:Entity)
        WHERE a.id = $outlet OR toLower(a.name) = toLower($outlet) OR a.name_ko = $outlet OR $outlet IN a.aliases
      }
MATCH (c)-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o:Entity)
RETURN s.name AS subject, c.relation AS relation, o.name AS object, c.modality AS modality,
       c.attribution AS attribution, d.source AS source, d.title AS title, d.published AS published,
       t.text AS sentence, c.confidence AS confidence
ORDER BY published, d.id, t.index, relation
