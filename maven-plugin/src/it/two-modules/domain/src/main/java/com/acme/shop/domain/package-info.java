@DbMirror
package com.acme.shop.domain;

import dev.dbmirror.annotations.DbMirror;
