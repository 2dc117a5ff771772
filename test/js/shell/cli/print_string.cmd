--print
"a string, printed as console.log prints it"
