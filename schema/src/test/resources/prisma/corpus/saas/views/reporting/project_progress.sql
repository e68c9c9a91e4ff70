SELECT p.id AS project_id,
       p.key AS project_key,
       count(*) FILTER (WHERE t.status <> 'done') AS open_tasks,
       count(*) FILTER (WHERE t.status = 'done') AS done_tasks,
       (count(*) FILTER (WHERE t.status = 'done')::numeric / NULLIF(count(t.id), 0))::numeric(5,4) AS done_ratio
FROM app.projects p
LEFT JOIN app.tasks t ON t.project_id = p.id
GROUP BY p.id, p.key
