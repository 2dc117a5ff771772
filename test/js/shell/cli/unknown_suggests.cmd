--no-colr
-e
1
