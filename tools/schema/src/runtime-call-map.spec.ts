import { arrowsInCode, askArrows, findCycle, MAY_ASK, RUNTIME_CALL_MAP } from './runtime-call-map';

describe('runtime call map (README, "Calls between nodes")', () => {
  it('finds a cycle where there is one, and none where there is none', () => {
    expect(
      findCycle([
        { caller: 'a', callee: 'b' },
        { caller: 'b', callee: 'c' },
      ]),
    ).toBeNull();
    expect(
      findCycle([
        { caller: 'a', callee: 'b' },
        { caller: 'b', callee: 'c' },
        { caller: 'c', callee: 'a' },
      ]),
    ).toEqual(['a', 'b', 'c', 'a']);
  });

  it('has no cycle between services', () => {
    expect(findCycle(askArrows(RUNTIME_CALL_MAP))).toBeNull();
  });

  it('keeps one direction per pair: every arrow between services is one the service may ask (orders and training ask no one)', () => {
    const against = askArrows(RUNTIME_CALL_MAP)
      .filter((arrow) => !MAY_ASK[arrow.caller].includes(arrow.callee))
      .map((arrow) => `${arrow.caller}→${arrow.callee}`);
    expect(against).toEqual([]);
    expect(MAY_ASK.orders).toEqual([]);
    expect(MAY_ASK.training).toEqual([]);
  });

  it('documents every arrow the code has: each operation a service sends through the gateway is on the map', () => {
    const documented = new Set(RUNTIME_CALL_MAP.map((arrow) => `${arrow.caller}→${arrow.callee}`));
    const inCode = arrowsInCode();
    const undocumented = [...inCode]
      .filter(([arrow]) => !documented.has(arrow))
      .map(([arrow, fields]) => `${arrow}: ${[...fields].join(', ')}`);
    expect(undocumented).toEqual([]);
    // And the map names no arrow the code does not have (a removed call leaves the map too).
    expect([...documented].filter((arrow) => !inCode.has(arrow)).sort()).toEqual([]);
  });
});
