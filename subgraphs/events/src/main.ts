import { runSubgraphMain } from '@imajin/subgraph-common';

import { loadEventsConfig, start } from './index';

runSubgraphMain('events', () => loadEventsConfig(), start);
