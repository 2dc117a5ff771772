--module
-p
1
