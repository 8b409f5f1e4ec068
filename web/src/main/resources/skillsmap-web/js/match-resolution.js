// Runs POST /match for a page state, honouring interpretations the person removed.
//
// The API contract has no field to exclude a work process. Removing one interpretation of a free-text activity
// therefore pins that activity: in a second request its text is replaced by the ids of the work processes and
// skills it resolved to in the first answer, minus the removed ones. The server still computes every coverage
// figure from what it is sent (nothing is recounted or filtered here, so counts stay true), the free text of the
// other activities is still matched normally, and the first answer's `understood` keeps showing the person's own
// words with what was removed, so the removal can be undone. Pinned items come back with evidence "chosen";
// `origins` remembers which phrase and which kind of match they came from, so the page can still explain them.
// A shared link replays the same two steps, so it restores the same result as long as the index is unchanged.
// `request` is the body whose answer is shown, so the page can ask the same question again for every missing part.

function hasInput(body) {
  return Boolean(body.activities?.length || body.workProcesses?.length || body.skills?.length
    || body.qualification || body.occupation);
}

function sameText(a, b) {
  return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
}

/** The ids (work-process ids and skill URIs) an understood input resolved to. */
export function interpretationIds(understood) {
  return [
    ...(understood.workProcesses ?? []).map((wp) => wp.id),
    ...(understood.skills ?? []).map((skill) => skill.uri),
  ];
}

/**
 * @returns {Promise<{answer: object, understood: object[], origins: Map<string, {input: string, how: string}>,
 *   nothingLeft: boolean, request: object|null}>}
 */
export async function resolveMatch(api, state, signal) {
  const request = state.toRequest();
  const first = await api.match(request, { signal });
  const understood = first.understood ?? [];
  const removed = new Set(state.without);
  const pinned = understood.filter((u) => u.kind === 'activity' && interpretationIds(u).some((id) => removed.has(id)));
  if (pinned.length === 0) return { answer: first, understood, origins: new Map(), nothingLeft: false, request };

  const origins = new Map();
  const workProcesses = new Set(request.workProcesses ?? []);
  const skills = new Set(request.skills ?? []);
  for (const u of pinned) {
    for (const wp of u.workProcesses ?? []) {
      if (removed.has(wp.id)) continue;
      workProcesses.add(wp.id);
      origins.set(wp.id, { input: u.input, how: wp.how });
    }
    for (const skill of u.skills ?? []) {
      if (removed.has(skill.uri)) continue;
      skills.add(skill.uri);
      origins.set(skill.uri, { input: u.input, how: skill.how });
    }
  }
  const second = { ...request };
  const activities = (request.activities ?? []).filter((a) => !pinned.some((u) => sameText(u.input, a)));
  for (const [field, values] of [['activities', activities], ['workProcesses', [...workProcesses]], ['skills', [...skills]]]) {
    if (values.length) second[field] = values;
    else delete second[field];
  }
  if (!hasInput(second)) {
    return { answer: { ...first, qualifications: [], occupations: [] }, understood, origins, nothingLeft: true, request: null };
  }
  const answer = await api.match(second, { signal });
  return { answer, understood, origins, nothingLeft: false, request: second };
}
