<?php
// Debian's WordPress reads its settings from /etc/wordpress/config-<host>.php, else this file
// copied to /etc/wordpress/config-default.php (bench/wordpress/README.md).
define('DB_NAME', 'wpbench');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', '127.0.0.1');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_HOME', 'http://127.0.0.1:8090');
define('WP_SITEURL', 'http://127.0.0.1:8090');
// No visitor-triggered cron: its requests would land in the measurement.
define('DISABLE_WP_CRON', true);
