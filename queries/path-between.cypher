// description: The shortest chain of relations (either direction, at most 6 steps) between two entities $a and $b (id, name, alias or Korean name).
MATCH (a:Entity)
WHERE a.id = $a OR toLower(a.name) = toLower($a) OR a.name_ko = $a OR $a IN a.aliases
MATCH (b:Entity)
WHERE (b.id = $b OR toLower(b.name) = toLower($b) OR b.name_ko = $b OR $b IN b.aliases) AND a <> b
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN a.name AS from, b.name AS to, length(p) AS hops, [n IN nodes(p) | n.name] AS entities,
       [r IN relationships(p) | startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name] AS steps
ORDER BY hops, from, to
