// SPDX-License-Identifier: Apache-2.0
// The dashboard page: the runs list, and one run's views kept live by its event stream.
// Every name that comes from data is set with textContent, never parsed as markup.
(function () {
  'use strict';

  var Charts = window.BoostscopeCharts;
  var IMPORTANCE_TOP = 10;
  var SHAP_TOP = 15;
  var PLAY_INTERVAL_MS = 400;
  var SLOW_REFRESH_MS = 3000;
  var RUNS_REFRESH_MS = 3000;

  // when each step was shown, in epoch milliseconds: read by the latency measurement
  window.__stepShownAt = {};
  // when each step's event arrived, to tell the server's part of the latency from the page's
  window.__stepReceivedAt = {};

  var runs = [];
  var current = null;

  function $(id) {
    return document.getElementById(id);
  }

  // DOM helpers shared with the charts: an element with text set as text, and emptying a node
  var el = Charts.html;
  var clear = Charts.clear;

  function note(id, message) {
    var node = $(id);
    node.textContent = message || '';
    node.hidden = !message;
  }

  function api(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) {
            var error = new Error(body.error || response.status + ' ' + response.statusText);
            error.status = response.status;
            error.retryable = !!body.retryable;
            throw error;
          }
          return body;
        });
      });
  }

  function runPath(id, rest) {
    return '/api/runs/' + encodeURIComponent(id) + (rest || '');
  }

  function setConnection(state, label) {
    var node = $('connection');
    node.dataset.state = state;
    node.textContent = label;
  }

  // ---- runs list ----

  function refreshRuns() {
    return api('/api/runs').then(function (body) {
      runs = body.runs;
      renderRuns();
      if (!current && runs.length > 0 && !location.hash) {
        location.hash = '#/runs/' + encodeURIComponent(runs[0].id);
      }
    }).catch(function (error) {
      setConnection('error', error.message);
    });
  }

  /** Refreshes the run list at once when the open run is missing from it or its pushed job status differs. */
  function syncRunList(run, job) {
    var listed = runs.filter(function (r) { return r.id === run.id; })[0];
    if (current === run && (!listed || (job && listed.status !== job.TrainingJobStatus))) {
      refreshRuns();
    }
  }

  function renderRuns() {
    var list = $('runs');
    clear(list);
    $('runs-empty').hidden = runs.length > 0;
    runs.forEach(function (run) {
      var item = el('li');
      item.dataset.id = run.id;
      if (current && current.id === run.id) {
        item.className = 'selected';
      }
      item.appendChild(el('span', 'run-item-name', run.name));
      var meta = el('span', 'run-item-meta');
      meta.appendChild(el('span', 'badge', run.kind));
      var status = el('span', 'badge status', run.status);
      status.dataset.status = run.status;
      meta.appendChild(status);
      item.appendChild(meta);
      item.addEventListener('click', function () {
        location.hash = '#/runs/' + encodeURIComponent(run.id);
      });
      list.appendChild(item);
    });
  }

  // ---- routing ----

  function route() {
    var match = /^#\/runs\/(.+)$/.exec(location.hash);
    var id = match ? decodeURIComponent(match[1]) : null;
    if (current && current.id === id) {
      return;
    }
    closeRun();
    if (id) {
      openRun(id);
    }
    renderRuns();
  }

  function closeRun() {
    if (current) {
      current.source.close();
      stopPlaying();
      clearTimeout(current.slowTimer);
      if (current.frame) {
        cancelAnimationFrame(current.frame);
      }
    }
    current = null;
    $('run').hidden = true;
    $('no-run').hidden = false;
  }

  function openRun(id) {
    current = {
      id: id,
      lastStep: -1,
      ended: false,
      groups: [],
      confusion: {},
      confusionSteps: [],
      following: true,
      classAccuracy: {},
      importanceType: null,
      // the worker whose views are shown: null for the first, 'all' for one metric line per worker
      worker: null,
      workers: [],
      confusionMessage: null,
      pending: [],
      frame: null,
      slowTimer: null,
      source: null
    };
    resetRunView();
    var run = current;
    var source = new EventSource(runPath(id, '/events'));
    run.source = source;
    source.addEventListener('hello', function (event) {
      onHello(run, JSON.parse(event.data));
      syncRunList(run, null);
    });
    source.addEventListener('step', function (event) { onStep(run, JSON.parse(event.data)); });
    source.addEventListener('job', function (event) {
      var job = JSON.parse(event.data);
      renderJob(job);
      syncRunList(run, job);
    });
    source.addEventListener('end', function () {
      markEnded(run);
      if (current === run) {
        refreshRuns();
      }
    });
    source.onerror = function () {
      if (current === run) {
        setConnection('error', 'reconnecting…');
      }
    };
  }

  function resetRunView() {
    $('no-run').hidden = true;
    $('run').hidden = false;
    ['run-name', 'run-kind', 'run-status', 'run-location', 'run-ended', 'cm-step', 'cm-slider-label']
      .forEach(function (id) { $(id).textContent = ''; });
    $('step-number').textContent = '–';
    ['metrics', 'confusion', 'class-accuracy', 'importance', 'importance-bars', 'shap', 'job', 'rules']
      .forEach(function (id) { clear($(id)); });
    $('cm-slider').max = 0;
    $('cm-slider').value = 0;
    $('cm-player').hidden = true;
    $('importance-type').hidden = true;
    $('worker-picker').hidden = true;
    clear($('worker'));
    $('metrics-subtitle').textContent = 'train against validation';
  }

  // ---- live events ----

  function onHello(run, hello) {
    if (current !== run) {
      return;
    }
    setConnection(hello.ended ? 'ended' : 'live', hello.ended ? 'training ended' : 'live');
    loadAll(run);
  }

  function onStep(run, event) {
    if (current !== run) {
      return;
    }
    window.__stepReceivedAt[event.step] = performance.timeOrigin + performance.now();
    // steps that arrive together are drawn together, once per frame
    run.pending.push(event);
    if (!run.frame) {
      run.frame = requestAnimationFrame(function () { drawPending(run); });
    }
  }

  function drawPending(run) {
    run.frame = null;
    var events = run.pending;
    run.pending = [];
    if (current !== run || events.length === 0) {
      return;
    }
    var withMatrix = null;
    events.forEach(function (event) {
      showStep(run, event.step);
      addEventMetrics(run, event);
      if (showsFirstWorker(run) && event.confusion && event.confusion.labels.length > 0) {
        addConfusion(run, event.step, event.confusion);
        withMatrix = event.step;
      }
    });
    renderMetrics(run);
    if (withMatrix !== null) {
      renderClassAccuracy(run);
      if (run.following) {
        drawConfusion(run, withMatrix);
      }
    }
    var shownAt = performance.timeOrigin + performance.now();
    events.forEach(function (event) {
      window.__stepShownAt[event.step] = shownAt;
      if (event.ended) {
        markEnded(run);
      }
    });
    scheduleSlowRefresh(run);
  }

  // ---- workers ----

  function showsFirstWorker(run) {
    return !run.worker || run.worker === 'all' || run.worker === run.workers[0];
  }

  // the query parameter choosing the worker of a view, after '?' or '&'
  function workerQuery(run, separator) {
    return run.worker && run.worker !== 'all' ? separator + 'worker=' + encodeURIComponent(run.worker) : '';
  }

  function renderWorkers(run, workers) {
    if (workers.join(',') === run.workers.join(',')) {
      return;
    }
    run.workers = workers.slice();
    var select = $('worker');
    clear(select);
    $('worker-picker').hidden = workers.length < 2;
    workers.concat(workers.length > 1 ? ['all'] : []).forEach(function (worker) {
      var option = el('option', null, worker === 'all' ? 'all workers (metrics)' : worker);
      option.value = worker;
      option.selected = worker === (run.worker || workers[0]);
      select.appendChild(option);
    });
  }

  function onWorker() {
    if (!current) {
      return;
    }
    var run = current;
    run.worker = $('worker').value === run.workers[0] ? null : $('worker').value;
    run.groups = [];
    run.confusion = {};
    run.confusionSteps = [];
    run.classAccuracy = {};
    $('metrics-subtitle').textContent = run.worker === 'all' ? 'one line per worker'
      : 'train against validation' + (run.worker ? ', ' + run.worker : '');
    loadMetrics(run);
    loadConfusion(run);
    loadClassAccuracy(run);
    loadImportance(run);
    loadShap(run);
  }

  function showStep(run, step) {
    if (step > run.lastStep) {
      run.lastStep = step;
      $('step-number').textContent = String(step);
    }
  }

  function markEnded(run) {
    if (current !== run || run.ended) {
      return;
    }
    run.ended = true;
    // steps pushed while the page was behind came without their matrix: fetch the complete history once
    loadConfusion(run);
    loadClassAccuracy(run);
    $('run-ended').textContent = 'training ended';
    setConnection('ended', 'training ended');
    scheduleSlowRefresh(run);
  }

  function scheduleSlowRefresh(run) {
    if (run.slowTimer) {
      return;
    }
    run.slowTimer = setTimeout(function () {
      run.slowTimer = null;
      if (current === run) {
        loadImportance(run);
        loadShap(run);
        loadDetail(run);
        if (!showsFirstWorker(run)) {
          // the event stream pushes the first worker's matrix: another worker's is fetched
          loadConfusion(run);
          loadClassAccuracy(run);
        }
      }
    }, SLOW_REFRESH_MS);
  }

  // ---- loading ----

  function loadAll(run) {
    loadDetail(run);
    loadMetrics(run);
    loadConfusion(run);
    loadClassAccuracy(run);
    loadImportance(run);
    loadShap(run);
  }

  function loadDetail(run) {
    return api(runPath(run.id)).then(function (detail) {
      if (current !== run) {
        return;
      }
      renderHeader(detail);
      if (detail.trial) {
        renderWorkers(run, detail.trial.workers || []);
        showStep(run, detail.trial.lastStep);
        if (detail.trial.ended) {
          markEnded(run);
        }
      }
      renderJob(detail.job || null);
    }).catch(function (error) { note('job-note', error.message); });
  }

  function renderHeader(detail) {
    var run = detail.run;
    $('run-name').textContent = run.name;
    $('run-kind').textContent = run.kind;
    $('run-status').textContent = run.status;
    $('run-status').dataset.status = run.status;
    $('run-location').textContent = run.location;
    var secondary = $('run-secondary');
    secondary.hidden = !run.secondaryStatus;
    secondary.textContent = run.secondaryStatus || '';
  }

  // ---- metrics ----

  function loadMetrics(run) {
    var worker = run.worker;
    if (worker === 'all') {
      return api(runPath(run.id, '/metrics/workers')).then(function (body) {
        if (current !== run || run.worker !== worker) {
          return;
        }
        run.groups = [];
        body.workers.forEach(function (entry) { addGroups(run, entry.groups, entry.worker); });
        renderMetrics(run);
      }).catch(function (error) { note('metrics-note', error.message); });
    }
    return api(runPath(run.id, '/metrics' + workerQuery(run, '?'))).then(function (body) {
      if (current !== run || run.worker !== worker) {
        return;
      }
      run.groups = [];
      addGroups(run, body.groups, null);
      renderMetrics(run);
    }).catch(function (error) { note('metrics-note', error.message); });
  }

  function addGroups(run, groups, worker) {
    groups.forEach(function (group) {
      group.series.forEach(function (s) {
        var series = findSeries(run, s.name, worker);
        s.points.forEach(function (p) { series.values[p.step] = p.value; });
      });
    });
  }

  // the step event's metrics for the worker shown: each worker's when all are shown
  function addEventMetrics(run, event) {
    var byWorker = event.workerMetrics;
    if (run.worker === 'all' && byWorker) {
      Object.keys(byWorker).forEach(function (worker) { addMetricPoints(run, event.step, byWorker[worker], worker); });
    } else if (run.worker && run.worker !== 'all' && byWorker) {
      addMetricPoints(run, event.step, byWorker[run.worker] || [], null);
    } else {
      addMetricPoints(run, event.step, event.metrics || [], null);
    }
  }

  function addMetricPoints(run, step, points, worker) {
    points.forEach(function (point) {
      var series = findSeries(run, point.name, worker);
      series.values[step] = point.value;
    });
  }

  // a metric's series, one per tensor name, or per tensor name and worker when every worker is shown
  function findSeries(run, tensor, worker) {
    var metric = tensor.indexOf('-') > 0 ? tensor.slice(tensor.indexOf('-') + 1) : tensor;
    var name = worker ? tensor + ' · ' + worker : tensor;
    var group = run.groups.find(function (g) { return g.metric === metric; });
    if (!group) {
      group = { metric: metric, series: [] };
      run.groups.push(group);
      run.groups.sort(function (a, b) { return a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0; });
    }
    var series = group.series.find(function (s) { return s.name === name; });
    if (!series) {
      series = { name: name, tensor: tensor, values: {} };
      group.series.push(series);
    }
    return series;
  }

  function renderMetrics(run) {
    var box = $('metrics');
    clear(box);
    note('metrics-note', run.groups.length === 0 ? 'No metric saved yet: enable the metrics collection.' : '');
    run.groups.forEach(function (group) {
      var chart = el('div', 'chart-box');
      chart.appendChild(el('div', 'chart-title', group.metric));
      var area = el('div');
      chart.appendChild(area);
      box.appendChild(chart);
      Charts.lineChart(area, { series: group.series.map(function (s) {
        return { name: s.name, points: toPoints(s.values), dashed: !/^train/.test(s.tensor) };
      }) });
    });
  }

  function toPoints(values) {
    return Object.keys(values).map(Number).sort(function (a, b) { return a - b; })
      .map(function (step) { return [step, values[step]]; });
  }

  // ---- confusion matrix ----

  function loadConfusion(run) {
    var worker = run.worker;
    return api(runPath(run.id, '/confusion/steps' + workerQuery(run, '?'))).then(function (body) {
      if (current !== run || run.worker !== worker) {
        return null;
      }
      body.steps.forEach(function (step) { addConfusionStep(run, step); });
      run.confusionMessage = body.message || null;
      $('cm-player').hidden = run.confusionSteps.length === 0;
      if (run.confusionSteps.length === 0) {
        note('confusion-note', run.confusionMessage || 'No labels and predictions saved yet.');
        renderClassAccuracy(run);
        return null;
      }
      return run.following ? showConfusion(run, run.confusionSteps[run.confusionSteps.length - 1]) : null;
    }).catch(function (error) { note('confusion-note', error.message); });
  }

  function addConfusionStep(run, step) {
    if (run.confusionSteps.indexOf(step) < 0) {
      run.confusionSteps.push(step);
      run.confusionSteps.sort(function (a, b) { return a - b; });
    }
    var slider = $('cm-slider');
    slider.max = String(Math.max(0, run.confusionSteps.length - 1));
  }

  function addConfusion(run, step, matrix) {
    run.confusion[step] = matrix;
    addConfusionStep(run, step);
    $('cm-player').hidden = false;
    addClassAccuracy(run, step, matrix);
    note('confusion-note', '');
  }

  function showConfusion(run, step) {
    if (run.confusion[step]) {
      drawConfusion(run, step);
      return Promise.resolve();
    }
    var worker = run.worker;
    return api(runPath(run.id, '/confusion?step=' + step + workerQuery(run, '&'))).then(function (body) {
      if (current === run && run.worker === worker) {
        run.confusion[step] = body.matrix;
        drawConfusion(run, step);
      }
    }).catch(function (error) { note('confusion-note', error.message); });
  }

  function drawConfusion(run, step) {
    var index = run.confusionSteps.indexOf(step);
    $('cm-slider').value = String(index);
    $('cm-step').textContent = 'step ' + step;
    $('cm-slider-label').textContent = (index + 1) + ' / ' + run.confusionSteps.length;
    Charts.heatmap($('confusion'), run.confusion[step]);
  }

  function onSlider() {
    if (!current) {
      return;
    }
    var index = Number($('cm-slider').value);
    current.following = index === current.confusionSteps.length - 1;
    showConfusion(current, current.confusionSteps[index]);
  }

  var playTimer = null;

  function togglePlay() {
    if (playTimer) {
      stopPlaying();
      return;
    }
    if (!current || current.confusionSteps.length === 0) {
      return;
    }
    var run = current;
    var index = Number($('cm-slider').value);
    if (index >= run.confusionSteps.length - 1) {
      index = -1;
    }
    run.following = false;
    $('cm-play').setAttribute('aria-pressed', 'true');
    $('cm-play').textContent = '❚❚';
    playTimer = setInterval(function () {
      index += 1;
      if (current !== run || index >= run.confusionSteps.length) {
        run.following = true;
        stopPlaying();
        return;
      }
      showConfusion(run, run.confusionSteps[index]);
    }, PLAY_INTERVAL_MS);
  }

  function stopPlaying() {
    clearInterval(playTimer);
    playTimer = null;
    $('cm-play').setAttribute('aria-pressed', 'false');
    $('cm-play').textContent = '▶';
  }

  // ---- per-class accuracy ----

  function loadClassAccuracy(run) {
    var worker = run.worker;
    return api(runPath(run.id, '/class-accuracy' + workerQuery(run, '?'))).then(function (body) {
      if (current !== run || run.worker !== worker) {
        return;
      }
      body.series.forEach(function (s) {
        var values = run.classAccuracy[s.name] || (run.classAccuracy[s.name] = {});
        s.points.forEach(function (p) { values[p.step] = p.value; });
      });
      renderClassAccuracy(run);
    }).catch(function (error) { note('class-accuracy-note', error.message); });
  }

  function addClassAccuracy(run, step, matrix) {
    matrix.labels.forEach(function (label, k) {
      var total = matrix.counts[k].reduce(function (a, b) { return a + b; }, 0);
      if (total > 0) {
        var values = run.classAccuracy[label] || (run.classAccuracy[label] = {});
        values[step] = matrix.counts[k][k] / total;
      }
    });
  }

  function renderClassAccuracy(run) {
    var names = Object.keys(run.classAccuracy);
    note('class-accuracy-note', names.length === 0
      ? (run.confusionMessage || 'Needs the labels and predictions collections.') : '');
    if (names.length === 0) {
      clear($('class-accuracy'));
      return;
    }
    Charts.lineChart($('class-accuracy'), { yMin: 0, yMax: 1, series: names.map(function (name) {
      return { name: 'class ' + name, points: toPoints(run.classAccuracy[name]) };
    }) });
  }

  // ---- feature importance ----

  function loadImportance(run) {
    var type = run.importanceType ? '&type=' + encodeURIComponent(run.importanceType) : '';
    var query = '/importance?top=' + IMPORTANCE_TOP + type + workerQuery(run, '&');
    return api(runPath(run.id, query)).then(function (body) {
      if (current !== run) {
        return;
      }
      if (body.top.length === 0) {
        clearImportance(body.message || 'Needs the feature_importance collection.');
      } else {
        renderImportance(run, body);
      }
    }).catch(function (error) {
      clearImportance(error.message);
    });
  }

  function clearImportance(message) {
    clear($('importance'));
    clear($('importance-bars'));
    $('importance-type').hidden = true;
    $('importance-top').textContent = '';
    note('importance-note', message);
  }

  function renderImportance(run, body) {
    run.importanceType = body.type;
    var select = $('importance-type');
    select.hidden = false;
    clear(select);
    body.types.forEach(function (type) {
      var option = el('option', null, type);
      option.value = type;
      option.selected = type === body.type;
      select.appendChild(option);
    });
    $('importance-top').textContent = 'top ' + body.top.length + ' at step ' + body.step;
    note('importance-note', '');
    Charts.lineChart($('importance'), { height: 220, series: body.series.map(function (s) {
      return { name: s.name, points: s.points.map(function (p) { return [p.step, p.value]; }) };
    }) });
    Charts.barChart($('importance-bars'), body.top.map(function (f) { return { label: f.feature, value: f.value }; }));
  }

  // ---- SHAP ----

  function loadShap(run) {
    return api(runPath(run.id, '/shap?top=' + SHAP_TOP + workerQuery(run, '&'))).then(function (body) {
      if (current !== run) {
        return;
      }
      if (body.features.length === 0) {
        clear($('shap'));
        note('shap-note', body.message || 'Needs the average_shap collection.');
        return;
      }
      note('shap-note', 'at step ' + body.lastStep);
      Charts.barChart($('shap'), body.features.map(function (f) { return { label: f.feature, value: f.value }; }),
        { color: '#e15759' });
    }).catch(function (error) {
      clear($('shap'));
      note('shap-note', error.message);
    });
  }

  // ---- job and rules ----

  function renderJob(job) {
    var box = $('job');
    clear(box);
    if (!job) {
      note('job-note', 'A bare trial: no job status.');
      renderRules(null);
      return;
    }
    note('job-note', '');
    var facts = el('dl', 'facts');
    fact(facts, 'status', job.TrainingJobStatus);
    fact(facts, 'secondary', job.SecondaryStatus);
    if (job.FailureReason) {
      fact(facts, 'failure', job.FailureReason);
    }
    if (job.StopReason) {
      fact(facts, 'stop reason', job.StopReason);
    }
    box.appendChild(facts);
    renderProgress(box, job.Progress);
    renderTransitions(box, job.SecondaryStatusTransitions || []);
    renderRules(job.DebugRuleEvaluationStatuses || []);
    if (current) {
      $('run-status').textContent = job.TrainingJobStatus;
      $('run-status').dataset.status = job.TrainingJobStatus;
      $('run-secondary').hidden = false;
      $('run-secondary').textContent = job.SecondaryStatus;
    }
  }

  function fact(list, name, value) {
    list.appendChild(el('dt', null, name));
    list.appendChild(el('dd', null, value === undefined || value === null ? '–' : value));
  }

  function renderProgress(box, progress) {
    if (!progress) {
      return;
    }
    box.appendChild(el('div', 'muted small', 'round ' + progress.CurrentRound + ' of ' + progress.NumRound));
    var bar = el('div', 'progress');
    var fill = el('div', 'progress-bar');
    fill.style.width = Math.min(100, 100 * progress.CurrentRound / Math.max(1, progress.NumRound)) + '%';
    bar.appendChild(fill);
    box.appendChild(bar);
  }

  function renderTransitions(box, transitions) {
    if (transitions.length === 0) {
      return;
    }
    var table = el('table', 'table');
    var head = el('tr');
    ['status', 'since', 'message'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    table.appendChild(head);
    transitions.forEach(function (t) {
      var row = el('tr');
      row.appendChild(el('td', 'nowrap', t.Status));
      row.appendChild(el('td', 'mono small nowrap', (t.StartTime || '').replace('T', ' ').replace(/\.\d+Z$/, 'Z')));
      row.appendChild(el('td', null, t.StatusMessage || ''));
      table.appendChild(row);
    });
    box.appendChild(table);
  }

  function renderRules(rules) {
    var box = $('rules');
    clear(box);
    if (!rules || rules.length === 0) {
      note('rules-note', rules ? 'No rule configured for this job.' : 'Rules run with jobs.');
      return;
    }
    note('rules-note', '');
    var table = el('table', 'table');
    var head = el('tr');
    ['rule', 'status', 'findings'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    table.appendChild(head);
    rules.forEach(function (rule) {
      var row = el('tr');
      row.appendChild(el('td', null, rule.RuleConfigurationName));
      var cell = el('td');
      var badge = el('span', 'badge rule', rule.RuleEvaluationStatus);
      badge.dataset.status = rule.RuleEvaluationStatus;
      cell.appendChild(badge);
      row.appendChild(cell);
      row.appendChild(el('td', null, rule.StatusDetails || ''));
      table.appendChild(row);
    });
    box.appendChild(table);
  }

  // ---- start ----

  function start() {
    if (new URLSearchParams(location.search).has('token')) {
      // the server has set the token cookie; keep the token out of the address bar and history
      history.replaceState(null, '', location.pathname + location.hash);
    }
    $('cm-slider').addEventListener('input', onSlider);
    $('cm-play').addEventListener('click', togglePlay);
    $('worker').addEventListener('change', onWorker);
    $('importance-type').addEventListener('change', function () {
      if (current) {
        current.importanceType = $('importance-type').value;
        loadImportance(current);
      }
    });
    window.addEventListener('hashchange', route);
    refreshRuns().then(route);
    setInterval(refreshRuns, RUNS_REFRESH_MS);
  }

  document.addEventListener('DOMContentLoaded', start);
}());
