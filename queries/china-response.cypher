// description: What China did in response to US measures: actions by China (or a Chinese government body) aimed at the US, or reported in the same documents as a US measure.
MATCH (cn:Entity)-[act]->(target:Entity)
WHERE cn.type IN ['Country', 'Government', 'Agency']
  AND (cn.id = 'china' OR cn.name STARTS WITH 'China' OR cn.name CONTAINS 'Chinese' OR cn.name ENDS WITH 'of China'
       OR cn.name_ko STARTS WITH '중국')
  AND act.modality <> 'negated'
OPTIONAL MATCH (us:Entity)-[measure]->(x:Entity)
WHERE us.type IN ['Country', 'Government', 'Agency']
  AND (us.id = 'united-states' OR us.name IN ['United States', 'US', 'U.S.', 'USA', 'Washington']
       OR us.name STARTS WITH 'US ' OR us.name STARTS WITH 'U.S. ' OR us.name CONTAINS 'United States'
       OR us.name_ko STARTS WITH '미국')
  AND measure.modality <> 'negated'
  AND any(d IN act.docs WHERE d IN measure.docs)
WITH cn, act, target, collect(DISTINCT us.name + ' ' + type(measure) + ' ' + x.name) AS us_measures
WHERE size(us_measures) > 0
   OR target.id = 'united-states' OR target.name IN ['United States', 'US', 'U.S.'] OR target.name_ko STARTS WITH '미국'
RETURN cn.name AS actor, type(act) AS action, target.name AS target, act.modality AS modality,
       act.weight AS weight, act.first_seen AS first_seen, us_measures, act.docs AS docs
ORDER BY weight DESC, action, target
