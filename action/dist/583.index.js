export const id = 583;
export const ids = [583];
export const modules = {

/***/ 5583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wakeRun: () => (/* binding */ wakeRun)
/* harmony export */ });
/* harmony import */ var _src_github_keep_sweep_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6578);
/* harmony import */ var _reconcile_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2667);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4639);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3257);
/**
 * The daily wake-up (`wake-sweep: true`): turn the sweep workflow on when it has work, nothing else.
 * While nothing is pending the sweep stays off; this run is the safety net for what no event
 * announces: playbook files due for review (by the day), an enable an event's run missed, an event
 * whose run was dropped. It reads in bulk (a request per 100 incidents) and writes nothing but the
 * enable; the sweep it starts does the work and turns itself off again.
 */




/** Wakes the sweep if it has work; GitHub refusing is a warning, as everywhere the sweep is turned on or off. */
async function wakeRun({ inputs, octokit, log }) {
    const workflow = inputs.sweepWorkflow;
    if (workflow === null)
        throw new Error('wake-sweep needs sweep-workflow');
    const set = await (0,_reconcile_run_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSet */ .jo)(inputs.playbooksDir, inputs.playbooksInput);
    const repo = { owner: inputs.owner, repo: inputs.repo };
    // Stryker disable next-line ObjectLiteral: the wake-up reads in bulk and observes no incident, so nothing reads the playbook reference a reader carries
    const playbookRef = { sha: inputs.sha, path: inputs.playbooksInput, serverUrl: inputs.serverUrl };
    const reader = { octokit, repo, botLogin: inputs.botLogin, log, playbookRef };
    // The bundled set is not in the repository: it has no review round (as in the sweep).
    const views = await (0,_src_github_keep_sweep_js__WEBPACK_IMPORTED_MODULE_0__/* .wakeViews */ .By)(reader, set, new Date(), inputs.playbooksDir !== null);
    // Stryker disable next-line BooleanLiteral,ArrowFunction: keepSweep's wake-up branch neither asks whether the run is the sweep's own nor reads again
    const kept = await (0,_src_github_keep_sweep_js__WEBPACK_IMPORTED_MODULE_0__/* .keepSweep */ .kr)({ octokit, log }, { repo, workflow, run: 'wake', ownRun: false, dryRun: inputs.dryRun, reread: () => Promise.resolve(views) }, views);
    if (kept.done !== null)
        (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`Sweep: ${kept.done}.`);
    const summaryPath = process.env.GITHUB_STEP_SUMMARY;
    if (summaryPath)
        await (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeWakeSummary */ .E1)(summaryPath, kept, inputs.dryRun);
}


/***/ })

};
