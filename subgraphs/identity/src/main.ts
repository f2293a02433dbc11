import { runSubgraphMain } from '@imajin/subgraph-common';

import { loadIdentityConfig, start } from './index';

runSubgraphMain('identity', () => loadIdentityConfig(), start);
