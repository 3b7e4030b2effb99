// description: The most connected entities ($limit of them): number of relations in and out, then mentions.
MATCH (e:Entity)
WITH e, COUNT { (e)-[]->(:Entity) } AS out_degree, COUNT { (e)<-[]-(:Entity) } AS in_degree
WHERE out_degree + in_degree > 0
RETURN e.id AS id, e.name AS name, e.type AS type, out_degree + in_degree AS degree, out_degree, in_degree,
       e.mentions AS mentions
ORDER BY degree DESC, mentions DESC, name
LIMIT toInteger($limit)
