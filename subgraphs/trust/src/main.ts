import { runSubgraphMain } from '@imajin/subgraph-common';

import { loadTrustConfig, start } from './index';

runSubgraphMain('trust', () => loadTrustConfig(), start);
