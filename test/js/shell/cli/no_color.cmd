--no-color
-e
console.log({ plain: true })
