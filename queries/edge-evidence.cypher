// description: The evidence for one edge ($subject, $relation, $object; entities by id, name, alias or Korean name): every supporting sentence and its document.
MATCH (s:Entity)
WHERE s.id = $subject OR toLower(s.name) = toLower($subject) OR s.name_ko = $subject OR $subject IN s.aliases
MATCH (s)-[r]->(o:Entity)
WHERE type(r) = toUpper($relation)
  AND (o.id = $object OR toLower(o.name) = toLower($object) OR o.name_ko = $object OR $object IN o.aliases)
MATCH (c:Claim {edge_key: r.key})-[:STATED_IN]->(t:Sentence)-[:PART_OF]->(d:Document)
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.modality AS modality,
       c.predicate AS predicate, c.confidence AS confidence, c.attribution AS attribution,
       t.text AS sentence, t.index AS sentence_index, d.id AS doc_id, d.title AS title, d.source AS source,
       d.url AS url, d.published AS published
ORDER BY doc_id, sentence_index, modality
