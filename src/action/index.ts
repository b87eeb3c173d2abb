// First: hides GITHUB_EVENT_PATH from @actions/github while the modules below load.
import { restoreEventPath } from './event-path-guard.js'
import { run } from './main.js'

restoreEventPath()
void run()
