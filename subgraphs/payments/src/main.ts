import { runSubgraphMain } from '@imajin/subgraph-common';

import { loadPaymentsConfig, start } from './index';

runSubgraphMain('payments', () => loadPaymentsConfig(), start);
