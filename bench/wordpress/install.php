<?php
// WordPress's installer, run once from the command line (bench/wordpress/README.md): the site,
// an administrator, and addresses with the date and the post id, like ours.
$_SERVER['HTTP_HOST'] = '127.0.0.1:8090';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Masthead on WordPress', 'admin', 'admin@example.com', true, '', bin2hex(random_bytes(12)));
update_option('permalink_structure', '/%year%/%monthnum%/%day%/%post_id%/');
delete_option('rewrite_rules');
echo "installed\n";
