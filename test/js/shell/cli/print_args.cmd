-p
scriptArgs
first
--second
